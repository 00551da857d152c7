import { loadDirectory, replaceDirectory } from '../../src/directory/directory-repo.js';
import type { Bot } from './harness.js';

/** The demo organisation with every unit and person copied `times` over, as a larger bureau. */
export async function scaleOrganisation(bot: Bot, times: number): Promise<void> {
  const dir = (await loadDirectory(bot.store.db))!;
  const copy = (k: number) => (id: string) => (k === 0 ? id : `${id}-x${k}`);
  const people = [];
  const units = [];
  for (let k = 0; k < times; k++) {
    const id = copy(k);
    people.push(
      ...dir.people
        .filter((p) => k === 0 || p.id !== dir.director)
        .map((p) =>
          k === 0 ? p : { ...p, id: id(p.id), name: `${p.name}${k}`, openId: `${p.openId}_x${k}` },
        ),
    );
    units.push(
      ...dir.units.map((u) =>
        k === 0
          ? u
          : {
              ...u,
              id: id(u.id),
              name: `${u.name}${k}`,
              head: id(u.head),
              supervisor: u.supervisor && u.supervisor !== dir.director ? id(u.supervisor) : u.supervisor,
              members: u.members.map(id),
              officers: u.officers?.map(id),
            },
      ),
    );
  }
  await replaceDirectory(bot.store, { ...dir, people, units }, 'test');
}
