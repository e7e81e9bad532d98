import { allNodes, guardNames } from '@hoso/workflows/shared/machine-structure';
import { ProceduresController } from '../controllers/procedures.controller';
import { ProcedureRegistryService } from './procedure-registry.service';
import { AUTOMATIC_LABEL, OTHERWISE, publishedDefinition, type AutomaticTransitionJson } from './published-definition';
import { describeVersion } from './step-schemas.service';

// The published machine definitions name where an automatic state leads (XState's own JSON leaves eventless
// transitions out, so a diagram drawn from it showed e.g. ky-luat's `counted` as a dead end), in Vietnamese, without
// changing anything a reader of XState's JSON already relied on.

type NodeJson = { id: string; states?: Record<string, NodeJson>; transitions?: Transition[]; on?: Record<string, unknown> };
type Transition = { eventType: string; target?: string[]; source?: string } & Partial<AutomaticTransitionJson>;

function nodesOf(n: NodeJson): NodeJson[] {
  return [n, ...Object.values(n.states ?? {}).flatMap(nodesOf)];
}

const versions = new ProcedureRegistryService().list();

describe('published machine definitions', () => {
  it("ky-luat: the counted vote's state leads on automatically, each way with its condition in Vietnamese", () => {
    const def = versions.find((d) => d.id === 'ky-luat')!;
    const counted = nodesOf(publishedDefinition(def) as NodeJson).find((n) => n.id === 'ky-luat.counted')!;
    expect(counted.transitions).toEqual([
      expect.objectContaining({ eventType: '', automatic: true, label: 'Tự động', target: ['#ky-luat.noDiscipline'], condition: 'Không hình thức nào đạt tỷ lệ, kể cả khi cộng dồn phiếu' }),
      expect.objectContaining({ target: ['#ky-luat.timeBarred'], condition: 'Hình thức đã biểu quyết đã hết thời hiệu', guard: 'voteTimeBarred' }),
      expect.objectContaining({ target: ['#ky-luat.effective'], condition: expect.stringMatching(/^Chi bộ khiển trách, cảnh cáo/), actions: [{ type: 'decideByAnnouncement' }] }),
      expect.objectContaining({ target: ['#ky-luat.voted'], condition: OTHERWISE, source: '#ky-luat.counted' }),
    ]);
    expect(counted.transitions!.at(-1)).not.toHaveProperty('guard');
  });

  it.each(versions.map((d) => [`${d.id}@${d.version}`, d] as const))(
    '%s: every automatic transition is published, with a Vietnamese condition for each guarded one, the rest as XState gives it',
    (_, def) => {
      const json = publishedDefinition(def) as NodeJson;
      const nodes = nodesOf(json);
      const ids = new Set(nodes.map((n) => n.id));
      for (const node of allNodes(def.machine.root)) {
        const published = nodes.find((n) => n.id === node.id)!;
        const automatic = (published.transitions ?? []).filter((t) => t.automatic);
        expect(automatic.map((t) => t.target)).toEqual((node.always ?? []).map((t) => (t.target ?? []).map((s) => `#${s.id}`)));
        (node.always ?? []).forEach((t, i) => {
          const a = automatic[i];
          expect(a).toMatchObject({ eventType: '', label: AUTOMATIC_LABEL, source: `#${node.id}` });
          if (guardNames(t.guard).length > 0) expect(a.condition).toEqual(expect.stringMatching(/\S/));
        });
        for (const t of published.transitions ?? []) for (const ref of t.target ?? []) expect(ids.has(ref.slice(1))).toBe(true);
      }
      const automaticGuards = new Set(allNodes(def.machine.root).flatMap((n) => (n.always ?? []).flatMap((t) => guardNames(t.guard))));
      expect(Object.keys(def.automaticConditions ?? {}).filter((g) => !automaticGuards.has(g))).toEqual([]);
      // Without the automatic transitions, the definition is XState's own JSON, unchanged.
      const withoutAutomatic = JSON.parse(JSON.stringify(publishedDefinition(def))) as NodeJson;
      for (const n of nodesOf(withoutAutomatic)) if (n.transitions) n.transitions = n.transitions.filter((t) => !t.automatic);
      expect(withoutAutomatic).toEqual(JSON.parse(JSON.stringify(def.machine.toJSON())));
    },
  );

  it('is what GET /procedures and GET /procedures/:id/versions/:version publish', () => {
    const controller = new ProceduresController(new ProcedureRegistryService());
    const listed = controller.list().find((d) => d.id === 'ket-nap-dang-vien')!;
    const def = versions.find((d) => d.id === 'ket-nap-dang-vien')!;
    expect(JSON.stringify(listed.definition)).toBe(JSON.stringify(publishedDefinition(def)));
    expect(JSON.stringify(describeVersion(def).definition)).toBe(JSON.stringify(publishedDefinition(def)));
    const proposed = nodesOf(listed.definition as NodeJson).find((n) => n.id.endsWith('.proposedByCell'))!;
    expect(proposed.transitions).toEqual([
      expect.objectContaining({ automatic: true, target: [expect.stringMatching(/\.sectionAppraisal$/)], condition: 'Có đảng ủy bộ phận (thẩm định hồ sơ)' }),
      expect.objectContaining({ automatic: true, target: [expect.stringMatching(/\.grassrootsVote$/)], condition: OTHERWISE }),
    ]);
  });
});
