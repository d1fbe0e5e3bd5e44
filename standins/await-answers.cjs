// node await-answers.cjs URL... : waits until every URL answers HTTP (any status), for at most 60 s.
// The pit profile of functions starts the stand-ins in the background and runs this before PIT needs them.
'use strict';
const http = require('http');
const deadline = Date.now() + 60_000;

function answers(url) {
    return new Promise((resolve) => {
        const request = http.get(url, (response) => { response.resume(); resolve(true); });
        request.setTimeout(2000, () => request.destroy());
        request.on('error', () => resolve(false));
    });
}

async function awaitAnswer(url) {
    while (!(await answers(url))) {
        if (Date.now() > deadline) {
            console.error(url + ' did not answer within 60 s');
            process.exit(1);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
}

Promise.all(process.argv.slice(2).map(awaitAnswer)).then(() => console.log('answering: ' + process.argv.slice(2).join(' ')));
