// Writes SCOREBOARD.md from the coverage the Spector server recorded, and checks it.
//
// node scoreboard.mjs <spec-coverage.json> <tests/spector directory>
//
// Every scenario of both packages is listed: `pass` when the server saw the requests it
// expects; otherwise the reason, from reasons.txt (`out of reach`: a feature the spec format
// lacks; `not attempted`: no spec written for it yet). Exits 1 when a scenario of
// expected-pass.txt did not pass, or when a scenario that did not pass has no reason.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [coverageFile, dir] = process.argv.slice(2);
const coverage = JSON.parse(readFileSync(coverageFile, "utf8"));
const lines = (file) =>
  readFileSync(join(dir, file), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));

const expected = new Set(lines("expected-pass.txt"));
// `<glob> | <out of reach|not attempted> | <reason>`, first match wins.
const reasons = lines("reasons.txt").map((line) => {
  const [glob, status, reason] = line.split("|").map((part) => part.trim());
  if (!["out of reach", "not attempted"].includes(status) || !reason) {
    throw new Error(`reasons.txt: cannot read \`${line}\``);
  }
  const pattern = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return { pattern, status, reason };
});

const problems = [];
const packages = coverage.map(({ scenariosMetadata: meta, results }) => {
  const rows = Object.keys(results)
    .sort()
    .map((name) => {
      const result = results[name];
      if (result === "pass") return { name, status: "pass", reason: "" };
      const known = reasons.find(({ pattern }) => pattern.test(name));
      if (expected.has(name)) {
        problems.push(`${name}: expected to pass, but the server reports \`${result}\``);
        return { name, status: "FAILED", reason: `expected to pass; the server reports \`${result}\`` };
      }
      if (!known) {
        problems.push(`${name}: not passed (\`${result}\`) and reasons.txt gives no reason`);
        return { name, status: "no reason", reason: `the server reports \`${result}\`` };
      }
      return { name, status: known.status, reason: known.reason };
    });
  return { name: meta.packageName, version: meta.version, rows };
});
const seen = new Set(packages.flatMap((p) => p.rows.map((row) => row.name)));
for (const name of expected) {
  if (!seen.has(name)) problems.push(`${name}: in expected-pass.txt, but no package has it`);
}

const count = (rows, status) => rows.filter((row) => row.status === status).length;
const totals = (rows) =>
  `${rows.length} | ${count(rows, "pass")} | ${count(rows, "not attempted")} | ${count(rows, "out of reach")}`;
const all = packages.flatMap((p) => p.rows);
const cell = (text) => text.replace(/\|/g, "\\|");
let out = `# Spector scoreboard

<!-- Written by tests/spector/run.sh (scoreboard.mjs) from the server's coverage: do not edit. -->

Scenarios of the [Spector](https://github.com/microsoft/typespec/tree/main/packages/spector)
mock server that the clients generated from \`tests/spector/spec/\` pass. \`pass\`: the server
received every request the scenario expects (the tests in \`tests/spector/tests/\` also assert
the typed results); \`out of reach\`: the spec format lacks a feature the scenario needs;
\`not attempted\`: the format could describe it, but no spec has been written for it yet. The
reasons come from \`reasons.txt\`; \`expected-pass.txt\` lists the scenarios that must pass.

| package | version | scenarios | pass | not attempted | out of reach |
| --- | --- | --- | --- | --- | --- |
`;
for (const p of packages) out += `| \`${p.name}\` | ${p.version} | ${totals(p.rows)} |\n`;
out += `| **total** | | ${totals(all)} |\n`;
for (const p of packages) {
  out += `\n## ${p.name}\n\n| scenario | status | reason |\n| --- | --- | --- |\n`;
  for (const row of p.rows) out += `| \`${row.name}\` | ${row.status} | ${cell(row.reason)} |\n`;
}
writeFileSync(join(dir, "SCOREBOARD.md"), out);

for (const p of packages) {
  console.log(`${p.name} ${p.version}: ${count(p.rows, "pass")} of ${p.rows.length} pass`);
}
const passedExpected = [...expected].filter((name) => all.some((row) => row.name === name && row.status === "pass"));
console.log(`expected-pass.txt: ${passedExpected.length} of ${expected.size} pass`);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
