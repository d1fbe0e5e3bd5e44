/**
 * The QR encoder's self-check (open /app/qr-selfcheck.html): encodes the recorded test vectors and compares
 * version, mask and every module with the matrices ZXing produced for the same text and level, checks that
 * a forced mask changes the modules and that too long a text is refused. The result is written to the page and
 * to <html data-selfcheck="passed|failed">, so a headless browser run can be read with --dump-dom.
 */
import { encodeQr, drawQr } from './qr.js';
import { QR_TEST_VECTORS } from './qr-test-vectors.js';

const results = [];

function check(name, run) {
  try {
    const problem = run();
    results.push({ name, passed: !problem, detail: problem ?? 'ok' });
  } catch (failure) {
    results.push({ name, passed: false, detail: `threw ${failure}` });
  }
}

function rowsOf(qr) {
  return qr.modules.map((row) => row.map((dark) => (dark ? '1' : '0')).join(''));
}

function firstDifference(actual, expected) {
  if (actual.length !== expected.length) return `size ${actual.length}, expected ${expected.length}`;
  for (let y = 0; y < expected.length; y++) {
    for (let x = 0; x < expected[y].length; x++) {
      if (actual[y][x] !== expected[y][x]) return `first differing module at x=${x}, y=${y}`;
    }
  }
  return null;
}

for (const vector of QR_TEST_VECTORS) {
  const label = `"${vector.text.length > 24 ? `${vector.text.slice(0, 24)}…` : vector.text}" (${vector.text.length} bytes, level ${vector.errorCorrection})`;
  check(`${label}: version, mask and modules as recorded (v${vector.version}, mask ${vector.mask})`, () => {
    const qr = encodeQr(vector.text, { errorCorrection: vector.errorCorrection });
    if (qr.version !== vector.version) return `version ${qr.version}, expected ${vector.version}`;
    if (qr.mask !== vector.mask) return `mask ${qr.mask}, expected ${vector.mask}`;
    return firstDifference(rowsOf(qr), vector.rows);
  });
  check(`${label}: the recorded mask forced gives the same modules`, () => {
    const qr = encodeQr(vector.text, { errorCorrection: vector.errorCorrection, mask: vector.mask });
    return firstDifference(rowsOf(qr), vector.rows);
  });
}

check('another mask gives other modules (the check can fail)', () => {
  const vector = QR_TEST_VECTORS[0];
  const qr = encodeQr(vector.text, { errorCorrection: vector.errorCorrection, mask: (vector.mask + 1) % 8 });
  return firstDifference(rowsOf(qr), vector.rows) ? null : 'identical modules with a different mask';
});

check('text longer than version 10 holds is refused', () => {
  try {
    encodeQr('x'.repeat(300), { errorCorrection: 'M' });
    return 'no error for 300 bytes';
  } catch (failure) {
    return failure instanceof RangeError ? null : `unexpected ${failure}`;
  }
});

const passed = results.every((result) => result.passed);
document.documentElement.dataset.selfcheck = passed ? 'passed' : 'failed';
const summary = document.getElementById('summary');
summary.textContent = passed ? `Alla ${results.length} kontroller godkända.` : 'Minst en kontroll misslyckades.';
summary.className = passed ? 'message message-success' : 'message message-error';
const list = document.getElementById('results');
for (const result of results) {
  const item = document.createElement('li');
  item.textContent = `${result.passed ? 'GODKÄND' : 'FEL'}: ${result.name} — ${result.detail}`;
  item.dataset.passed = String(result.passed);
  list.append(item);
}
const pictures = document.getElementById('codes');
for (const vector of QR_TEST_VECTORS) {
  const canvas = document.createElement('canvas');
  canvas.className = 'qr';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `QR-kod för ${vector.text}`);
  drawQr(canvas, encodeQr(vector.text, { errorCorrection: vector.errorCorrection }), { scale: 4 });
  pictures.append(canvas);
}
