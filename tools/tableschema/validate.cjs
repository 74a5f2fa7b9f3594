#!/usr/bin/env node
// Checks a CSV file against a Table Schema with the frictionless "tableschema" package (an
// implementation independent of the directory's code):
//   node validate.cjs <schema.json> <file.csv>
// Prints one JSON line {rows, errors: [{row, message, errors}]}; exits 0 when valid, 1 when a row
// fails (types, formats, patterns, required, unique), 2 when the schema is invalid, 3 on a failure.
const fs = require('node:fs')
const {Table, Schema} = require('tableschema')

async function main() {
  const [schemaPath, csvPath] = process.argv.slice(2)
  const schema = await Schema.load(JSON.parse(fs.readFileSync(schemaPath, 'utf8')))
  if (!schema.valid) {
    console.log(JSON.stringify({rows: 0, errors: schema.errors.map(e => ({row: 0, message: e.message, errors: []}))}))
    process.exit(2)
  }
  const table = await Table.load(csvPath, {schema})
  const errors = []
  let rows = 0
  for (const value of await table.read({forceCast: true})) {
    rows++
    if (value instanceof Error) {
      errors.push({row: value.rowNumber, message: value.message, errors: (value.errors || []).map(e => e.message)})
    }
  }
  console.log(JSON.stringify({rows, errors}))
  process.exit(errors.length ? 1 : 0)
}

main().catch(e => {
  console.log(JSON.stringify({rows: 0, errors: [{row: 0, message: e.message, errors: (e.errors || []).map(x => x.message)}]}))
  process.exit(3)
})
