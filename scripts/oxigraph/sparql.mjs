// node sparql.mjs [--json] DATA QUERY... : loads DATA (N-Triples .nt, or Turtle .ttl) into an
// Oxigraph store in memory and answers each SPARQL query file in turn. A SELECT prints a
// table (a header of the variables, then one tab-separated row per solution; a literal as
// its text, an IRI as it is, an unbound variable empty) or, with --json, one JSON array of
// objects per query; ASK prints true or false; CONSTRUCT and DESCRIBE print N-Triples.
import fs from "node:fs";
import oxigraph from "oxigraph";

function formatOf(path) {
  if (path.endsWith(".nt")) return "application/n-triples";
  if (path.endsWith(".ttl")) return "text/turtle";
  throw new Error(`${path}: name N-Triples (.nt) or Turtle (.ttl)`);
}

function valueOf(term) {
  return term === undefined ? null : term.value;
}

function rowsOf(solutions) {
  const rows = [];
  for (const solution of solutions) {
    const row = {};
    for (const [name, term] of solution) row[name] = valueOf(term);
    rows.push(row);
  }
  return rows;
}

function printTable(rows) {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  console.log(names.join("\t"));
  for (const row of rows) console.log(names.map((name) => (row[name] ?? "").replace(/[\t\n]/g, " ")).join("\t"));
}

function answer(store, path, json) {
  let result;
  try {
    result = store.query(fs.readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: ${error.message}`);
  }
  if (typeof result === "boolean") return json ? result : String(result);
  if (typeof result === "string") return result;
  const items = [...result];
  if (items.length > 0 && "subject" in items[0]) return items.map((quad) => `${quad.toString()} .`).join("\n");
  const rows = rowsOf(items);
  if (json) return rows;
  printTable(rows);
  return undefined;
}

function main(args) {
  const json = args[0] === "--json";
  const [data, ...queries] = json ? args.slice(1) : args;
  if (!data || queries.length === 0) throw new Error("usage: node sparql.mjs [--json] DATA QUERY...");
  const store = new oxigraph.Store();
  store.load(fs.readFileSync(data, "utf8"), { format: formatOf(data) });
  const answers = [];
  for (const query of queries) {
    const shown = answer(store, query, json);
    if (json) answers.push(shown);
    else if (shown !== undefined) console.log(shown);
  }
  if (json) console.log(JSON.stringify(answers));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`sparql.mjs: ${error.message}`);
  process.exit(1);
}
