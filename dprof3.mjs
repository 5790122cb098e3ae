import { compile } from '/work/docx/dist/model/cascade.js';
import { loadWorkspace } from '/work/docx/dist/workspace/load.js';
import { compendiumDocument } from '/work/docx/dist/export/docx/compendium-document.js';
import { Packer } from 'docx';
const c = compile(await loadWorkspace('/tmp/bcity/counties/c001'), { env: {} });
for (let k = 0; k < 4; k++) {
  global.gc?.();
  const h0 = process.memoryUsage().heapUsed;
  let t = performance.now();
  const doc = compendiumDocument(c);
  const tb = performance.now() - t; const h1 = process.memoryUsage().heapUsed;
  t = performance.now();
  await Packer.toBuffer(doc);
  console.log('build', tb.toFixed(0), 'pack', (performance.now() - t).toFixed(0), 'doc heap', ((h1-h0)/1e6).toFixed(0), 'MB');
}
