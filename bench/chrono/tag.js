// tag.js: chrono-node's side of bench/compare.sh. It does the work that
// `timeline dates --jsonl` does on the same input: it reads JSON lines
// {"id","text","published"} from a file (or standard input), finds the date
// phrases of each text with chrono's casual English parser, using the
// publication date as reference, and writes one JSON line per document:
//
//   {"id":...,"mentions":[{"start":3,"end":14,"text":"last Friday","value":"2016-08-19"}]}
//
// start and end are chrono's offsets (UTF-16 code units); value is the
// resolved start date, with "/END" appended for a range.
//
//   npm ci --prefix bench/chrono && node bench/chrono/tag.js corpus.jsonl > out.jsonl
"use strict";

const fs = require("fs");
const readline = require("readline");
const chrono = require("chrono-node");

function day(d) {
  const p = (n, w) => String(n).padStart(w, "0");
  return `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1, 2)}-${p(d.getDate(), 2)}`;
}

// reference returns noon of a YYYY-MM-DD date (or of an RFC 3339 timestamp's
// date), so that "today" is that day in any time zone.
function reference(published) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published || "");
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

async function main() {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write("usage: node tag.js CORPUS.jsonl|- > out.jsonl\n");
    process.exit(2);
  }
  const input = path === "-" ? process.stdin : fs.createReadStream(path);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let out = [];
  let size = 0;
  const flush = async () => {
    if (!process.stdout.write(out.join(""))) {
      await new Promise((resolve) => process.stdout.once("drain", resolve));
    }
    out = [];
    size = 0;
  };
  for await (const line of lines) {
    if (line.trim() === "") continue;
    let rec;
    try {
      const doc = JSON.parse(line);
      const ref = reference(doc.published);
      if (!ref) {
        rec = { id: doc.id ?? null, error: "no published date" };
      } else {
        const mentions = chrono.parse(doc.text || "", ref).map((r) => ({
          start: r.index,
          end: r.index + r.text.length,
          text: r.text,
          value: day(r.start.date()) + (r.end ? "/" + day(r.end.date()) : ""),
        }));
        rec = { id: doc.id, mentions };
      }
    } catch (err) {
      rec = { id: null, error: String(err) };
    }
    const s = JSON.stringify(rec) + "\n";
    out.push(s);
    size += s.length;
    if (size >= 1 << 16) await flush();
  }
  await flush();
}

main().catch((err) => {
  process.stderr.write(`tag.js: ${err.stack || err}\n`);
  process.exit(1);
});
