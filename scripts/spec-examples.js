// Writes the response examples of spec/aura-v1-official.yaml into the fuzz seed corpus, one file per example, in the
// family whose parser reads that answer: instances, tenants (with customer-managed keys), snapshots, errors. Run by
// scripts/fuzz-corpus.sh; needs the js-yaml that `npm ci` installs (a dependency of Prism).
// Usage: node scripts/spec-examples.js SPEC OUTPUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require(path.join(__dirname, '..', 'node_modules', 'js-yaml'));

const [specPath, outDir] = process.argv.slice(2);
const spec = yaml.load(fs.readFileSync(specPath, 'utf8'));

function family(route, status) {
    if (status >= 400) return 'errors';
    if (route.endsWith('/restore')) return 'instances'; // the instance, restoring in place
    if (route.includes('/snapshots')) return 'snapshots';
    if (route.startsWith('/instances/sizing')) return null;
    if (route.startsWith('/instances')) return 'instances';
    if (route.startsWith('/tenants/{tenantId}/metrics')) return null;
    if (route.startsWith('/tenants') || route.startsWith('/customer-managed-keys')) return 'tenants';
    return null; // graph analytics, sizing, metrics: no parser of the console reads them yet
}

function resolve(node) {
    while (node && node.$ref) {
        const parts = node.$ref.replace(/^#\//, '').split('/');
        node = parts.reduce((n, p) => (n ? n[p] : undefined), spec);
    }
    return node;
}

let written = 0;
function save(fam, name, value) {
    const dir = path.join(outDir, fam);
    fs.mkdirSync(dir, {recursive: true});
    const file = path.join(dir, 'spec-' + name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() + '.json');
    fs.writeFileSync(file, JSON.stringify(value));
    written++;
}

for (const [route, operations] of Object.entries(spec.paths || {})) {
    for (const [method, operation] of Object.entries(operations)) {
        if (!operation || typeof operation !== 'object' || !operation.responses) continue;
        for (const [code, reference] of Object.entries(operation.responses)) {
            const status = parseInt(code, 10);
            const fam = family(route, status);
            const response = resolve(reference);
            const json = response && response.content && response.content['application/json'];
            if (!fam || !json) continue;
            for (const [exampleName, example] of Object.entries(json.examples || {})) {
                const value = resolve(example).value;
                if (value !== undefined) save(fam, `${method}-${route}-${code}-${exampleName}`, value);
            }
            if (json.example !== undefined) save(fam, `${method}-${route}-${code}`, json.example);
        }
    }
}
console.log(`${written} examples of ${specPath} written to ${outDir}`);
