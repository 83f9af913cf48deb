import { readFileSync } from 'node:fs';
import { importPlan } from '../src/documents/import/import-plan.js';
import { SEED_FILES } from '../src/documents/export/export-plan.fixture.js';
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').replace(/[«»"]/g, '"').trim().toLowerCase();
const flat = (items: any[]): any[] => items.flatMap((i) => [i, ...flat(i.children)]);
for (const f of SEED_FILES) {
  const orig = flat((await importPlan(new Uint8Array(readFileSync(`demo/seeds/${f}`)), { fileName: f })).items);
  for (const kind of ['layout']) {
    const file = `/tmp/pdfrt/${f}.${kind}.txt`;
    try {
      const d = await importPlan(new Uint8Array(readFileSync(file)), { fileName: 'x.txt' });
      const got = flat(d.items);
      const byNum = new Map(got.map((i) => [i.number, i]));
      let num = 0, title = 0, dl = 0, ex = 0;
      const bad: string[] = [];
      for (const o of orig) {
        const g = byNum.get(o.number);
        if (!g) { bad.push(`missing ${o.number}`); continue; }
        num++;
        if (norm(g.title).startsWith(norm(o.title).slice(0, 40))) title++; else bad.push(`title ${o.number}: ${norm(g.title).slice(0,50)} <> ${norm(o.title).slice(0,50)}`);
        if (norm(g.deadline?.text) === norm(o.deadline?.text)) dl++; else bad.push(`dl ${o.number}: ${norm(g.deadline?.text)} <> ${norm(o.deadline?.text)}`);
        if (norm(g.executors.map((e: any) => e.text).join(';')) === norm(o.executors.map((e: any) => e.text).join(';'))) ex++; else bad.push(`ex ${o.number}: ${norm(g.executors.map((e: any) => e.text).join(';'))} <> ${norm(o.executors.map((e: any) => e.text).join(';'))}`);
      }
      console.log(`${f.slice(0, 30).padEnd(30)} ${kind.padEnd(6)} items ${got.length}/${orig.length} found ${num} title ${title} deadline ${dl} executors ${ex} title="${d.title.slice(0, 40)}"`);
      if (process.env.SHOW) console.log(bad.slice(0, 12).join('\n'));
    } catch (e) { console.log(`${f.slice(0, 30).padEnd(30)} ${kind} ERROR ${String(e).slice(0, 120)}`); }
  }
}
