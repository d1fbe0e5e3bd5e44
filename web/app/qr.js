/**
 * A compact QR code encoder (ISO/IEC 18004) for what Kundportal needs: BankID's animated QR content,
 * encoded in byte mode with error correction level L or M in versions 1–10, the mask chosen by the
 * standard's penalty score. Written for this project so the page needs no third-party code.
 *
 * encodeQr(text) → { version, size, errorCorrection, mask, modules } where modules[y][x] is true for a
 * dark module. drawQr(canvas, qr) paints it with the four-module quiet zone the standard requires.
 */

const MAX_VERSION = 10;

/** Per level: format bits, and per version 1–10 the error correction codewords per block and the block count. */
const ERROR_CORRECTION = {
  L: { formatBits: 1, ecCodewordsPerBlock: [7, 10, 15, 20, 26, 18, 20, 24, 30, 18], blocks: [1, 1, 1, 1, 1, 2, 2, 2, 2, 4] },
  M: { formatBits: 0, ecCodewordsPerBlock: [10, 16, 26, 18, 24, 16, 18, 22, 22, 26], blocks: [1, 1, 1, 2, 2, 4, 4, 4, 5, 5] },
};

/** Centre coordinates of the alignment patterns per version (version 1 has none). */
const ALIGNMENT_CENTRES = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];

const BYTE_MODE = 0b0100;
const PENALTY_RUN = 3;
const PENALTY_BLOCK = 3;
const PENALTY_FINDER_LIKE = 40;
const PENALTY_BALANCE = 10;

/**
 * @param {string} text encoded as UTF-8 bytes (BankID's content is ASCII)
 * @param {{errorCorrection?: 'L'|'M', minVersion?: number, mask?: number}} options mask -1 (default) picks the best
 */
export function encodeQr(text, { errorCorrection = 'M', minVersion = 1, mask = -1 } = {}) {
  const level = ERROR_CORRECTION[errorCorrection];
  if (!level) throw new RangeError(`Unsupported error correction level ${errorCorrection}`);
  const bytes = new TextEncoder().encode(text);
  const version = smallestVersion(bytes.length, level, minVersion);
  const codewords = addErrorCorrection(dataCodewords(bytes, version, level), version, level);

  const symbol = new QrSymbol(version);
  symbol.drawFunctionPatterns();
  symbol.placeCodewords(codewords);

  let chosen = mask;
  if (chosen < 0) {
    let lowest = Infinity;
    for (let candidate = 0; candidate < 8; candidate++) {
      symbol.applyMask(candidate);
      symbol.drawFormatBits(level.formatBits, candidate);
      const penalty = penaltyScore(symbol.modules);
      if (penalty < lowest) {
        lowest = penalty;
        chosen = candidate;
      }
      symbol.applyMask(candidate); // XOR again undoes it
    }
  } else if (!Number.isInteger(chosen) || chosen > 7) {
    throw new RangeError(`Mask must be 0–7 or -1, not ${mask}`);
  }
  symbol.applyMask(chosen);
  symbol.drawFormatBits(level.formatBits, chosen);
  return { version, size: symbol.size, errorCorrection, mask: chosen, modules: symbol.modules };
}

/** Paints the code on a canvas, `scale` pixels per module, with a light quiet zone of four modules. */
export function drawQr(canvas, qr, { scale = 6, quietZone = 4, dark = '#000000', light = '#ffffff' } = {}) {
  const side = (qr.size + 2 * quietZone) * scale;
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  context.fillStyle = light;
  context.fillRect(0, 0, side, side);
  context.fillStyle = dark;
  qr.modules.forEach((row, y) => row.forEach((isDark, x) => {
    if (isDark) context.fillRect((x + quietZone) * scale, (y + quietZone) * scale, scale, scale);
  }));
}

/** Bits the version's modules can carry once the function patterns are drawn. */
function rawDataModules(version) {
  let modules = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const alignmentsPerSide = Math.floor(version / 7) + 2;
    modules -= (25 * alignmentsPerSide - 10) * alignmentsPerSide - 55;
    if (version >= 7) modules -= 36; // the two version information blocks
  }
  return modules;
}

function dataCodewordCount(version, level) {
  const total = Math.floor(rawDataModules(version) / 8);
  return total - level.ecCodewordsPerBlock[version - 1] * level.blocks[version - 1];
}

function characterCountBits(version) {
  return version <= 9 ? 8 : 16;
}

function smallestVersion(byteCount, level, minVersion) {
  for (let version = Math.max(1, minVersion); version <= MAX_VERSION; version++) {
    if (4 + characterCountBits(version) + 8 * byteCount <= 8 * dataCodewordCount(version, level)) return version;
  }
  throw new RangeError(`${byteCount} bytes do not fit in a version ${MAX_VERSION} QR code`);
}

/** Mode, count, data, terminator and padding, as the version's data codewords. */
function dataCodewords(bytes, version, level) {
  const bits = [];
  const append = (value, length) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  append(BYTE_MODE, 4);
  append(bytes.length, characterCountBits(version));
  bytes.forEach((byte) => append(byte, 8));
  const capacity = 8 * dataCodewordCount(version, level);
  append(0, Math.min(4, capacity - bits.length));
  append(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) append(pad, 8);

  const codewords = [];
  for (let i = 0; i < bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  return codewords;
}

/** Splits the data into blocks, adds each block's Reed–Solomon codewords and interleaves them. */
function addErrorCorrection(data, version, level) {
  const blockCount = level.blocks[version - 1];
  const ecLength = level.ecCodewordsPerBlock[version - 1];
  const total = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blockCount - (total % blockCount);
  const shortDataLength = Math.floor(total / blockCount) - ecLength;
  const divisor = reedSolomonDivisor(ecLength);

  const dataBlocks = [];
  const ecBlocks = [];
  for (let block = 0, offset = 0; block < blockCount; block++) {
    const length = shortDataLength + (block < shortBlocks ? 0 : 1);
    const blockData = data.slice(offset, offset + length);
    offset += length;
    dataBlocks.push(blockData);
    ecBlocks.push(reedSolomonRemainder(blockData, divisor));
  }
  const result = [];
  for (let i = 0; i <= shortDataLength; i++) {
    dataBlocks.forEach((block) => { if (i < block.length) result.push(block[i]); });
  }
  for (let i = 0; i < ecLength; i++) ecBlocks.forEach((block) => result.push(block[i]));
  return result;
}

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1. */
function gfMultiply(x, y) {
  let product = 0;
  for (let i = 7; i >= 0; i--) {
    product = (product << 1) ^ ((product >>> 7) * 0x11d);
    product ^= ((y >>> i) & 1) * x;
  }
  return product;
}

/** Coefficients (highest power first, leading 1 omitted) of the product of (x − α^i) for i < degree. */
function reedSolomonDivisor(degree) {
  const coefficients = new Array(degree).fill(0);
  coefficients[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      coefficients[j] = gfMultiply(coefficients[j], root);
      if (j + 1 < degree) coefficients[j] ^= coefficients[j + 1];
    }
    root = gfMultiply(root, 0x02);
  }
  return coefficients;
}

function reedSolomonRemainder(data, divisor) {
  const remainder = new Array(divisor.length).fill(0);
  for (const byte of data) {
    const factor = byte ^ remainder.shift();
    remainder.push(0);
    divisor.forEach((coefficient, i) => { remainder[i] ^= gfMultiply(coefficient, factor); });
  }
  return remainder;
}

/** Remainder of value·x^degree divided by the generator polynomial, appended to value (BCH code). */
function bchCode(value, degree, generator) {
  let remainder = value;
  for (let i = 0; i < degree; i++) remainder = (remainder << 1) ^ ((remainder >>> (degree - 1)) * generator);
  return (value << degree) | remainder;
}

const MASKS = [
  (x, y) => (x + y) % 2 === 0,
  (x, y) => y % 2 === 0,
  (x, y) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** The module grid of one version, with the function patterns kept apart from the data area. */
class QrSymbol {
  constructor(version) {
    this.version = version;
    this.size = 4 * version + 17;
    this.modules = Array.from({ length: this.size }, () => new Array(this.size).fill(false));
    this.isFunction = Array.from({ length: this.size }, () => new Array(this.size).fill(false));
  }

  setFunction(x, y, isDark) {
    this.modules[y][x] = isDark;
    this.isFunction[y][x] = true;
  }

  drawFunctionPatterns() {
    for (let i = 0; i < this.size; i++) {
      this.setFunction(6, i, i % 2 === 0);
      this.setFunction(i, 6, i % 2 === 0);
    }
    // Finder patterns with their light separators.
    for (const [cx, cy] of [[3, 3], [this.size - 4, 3], [3, this.size - 4]]) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const x = cx + dx;
          const y = cy + dy;
          const ring = Math.max(Math.abs(dx), Math.abs(dy));
          if (x >= 0 && x < this.size && y >= 0 && y < this.size) this.setFunction(x, y, ring !== 2 && ring !== 4);
        }
      }
    }
    const centres = ALIGNMENT_CENTRES[this.version - 1];
    const last = centres.length - 1;
    centres.forEach((cx, i) => centres.forEach((cy, j) => {
      const overlapsFinder = (i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0);
      if (overlapsFinder) return;
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) this.setFunction(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }
    }));
    this.drawFormatBits(0, 0); // reserves the area; the real bits are drawn once the mask is known
    this.drawVersionBits();
  }

  drawFormatBits(levelBits, mask) {
    const bits = bchCode((levelBits << 3) | mask, 10, 0x537) ^ 0x5412;
    const bit = (i) => ((bits >>> i) & 1) === 1;
    const size = this.size;
    for (let i = 0; i <= 5; i++) this.setFunction(8, i, bit(i));
    this.setFunction(8, 7, bit(6));
    this.setFunction(8, 8, bit(7));
    this.setFunction(7, 8, bit(8));
    for (let i = 9; i < 15; i++) this.setFunction(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) this.setFunction(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) this.setFunction(8, size - 15 + i, bit(i));
    this.setFunction(8, size - 8, true); // the dark module
  }

  drawVersionBits() {
    if (this.version < 7) return;
    const bits = bchCode(this.version, 12, 0x1f25);
    for (let i = 0; i < 18; i++) {
      const isDark = ((bits >>> i) & 1) === 1;
      const a = this.size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      this.setFunction(a, b, isDark);
      this.setFunction(b, a, isDark);
    }
  }

  /** Places the codewords' bits in the two-column zigzag, bottom right first, skipping the timing column. */
  placeCodewords(codewords) {
    const totalBits = codewords.length * 8;
    let index = 0;
    for (let right = this.size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      const upward = ((right + 1) & 2) === 0;
      for (let step = 0; step < this.size; step++) {
        const y = upward ? this.size - 1 - step : step;
        for (let column = 0; column < 2; column++) {
          const x = right - column;
          if (this.isFunction[y][x] || index >= totalBits) continue;
          this.modules[y][x] = ((codewords[index >>> 3] >>> (7 - (index & 7))) & 1) === 1;
          index++;
        }
      }
    }
  }

  applyMask(mask) {
    const flips = MASKS[mask];
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) {
        if (!this.isFunction[y][x] && flips(x, y)) this.modules[y][x] = !this.modules[y][x];
      }
    }
  }
}

/** The standard's four penalty rules; the mask with the lowest total is used. */
export function penaltyScore(modules) {
  const size = modules.length;
  const rows = modules;
  const columns = modules.map((_, x) => modules.map((row) => row[x]));
  let penalty = 0;

  for (const line of [...rows, ...columns]) {
    // Rule 1: five or more modules of one colour in a row.
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && line[i] === line[i - 1]) {
        run++;
      } else {
        if (run >= 5) penalty += PENALTY_RUN + (run - 5);
        run = 1;
      }
    }
    // Rule 3: 1:1:3:1:1 (dark light dark dark dark light dark) with four light modules on one side. The light
    // area must lie inside the symbol (as ZXing reads the rule), so mask choices agree with that encoder.
    const isLight = (from, to) => {
      if (from < 0 || to > size) return false;
      for (let i = from; i < to; i++) if (line[i]) return false;
      return true;
    };
    for (let i = 0; i + 6 < size; i++) {
      if (line[i] && !line[i + 1] && line[i + 2] && line[i + 3] && line[i + 4] && !line[i + 5] && line[i + 6]
          && (isLight(i - 4, i) || isLight(i + 7, i + 11))) {
        penalty += PENALTY_FINDER_LIKE;
      }
    }
  }
  // Rule 2: 2×2 blocks of one colour.
  for (let y = 0; y + 1 < size; y++) {
    for (let x = 0; x + 1 < size; x++) {
      const colour = rows[y][x];
      if (rows[y][x + 1] === colour && rows[y + 1][x] === colour && rows[y + 1][x + 1] === colour) penalty += PENALTY_BLOCK;
    }
  }
  // Rule 4: how far the share of dark modules is from half, in steps of 5 %.
  const dark = rows.reduce((sum, row) => sum + row.filter(Boolean).length, 0);
  penalty += Math.floor((Math.abs(dark * 2 - size * size) * 10) / (size * size)) * PENALTY_BALANCE;
  return penalty;
}
