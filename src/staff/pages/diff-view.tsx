/** Shows an intent-set diff: added, removed and changed intents with field-level before/after. */
import type { IntentSetDiff } from '../diff.js';

export function DiffView(props: { diff: IntentSetDiff; beforeLabel: string; afterLabel: string }) {
  const { diff } = props;
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return <p>Keine Unterschiede.</p>;
  return (
    <div class="diff">
      {diff.added.length > 0 ? (
        <p>
          Neu: {diff.added.map((id) => <code>{id} </code>)}
        </p>
      ) : null}
      {diff.removed.length > 0 ? (
        <p>
          Entfernt: {diff.removed.map((id) => <code>{id} </code>)}
        </p>
      ) : null}
      {diff.changed.map((change) => (
        <details open={diff.changed.length <= 5}>
          <summary>
            Geändert: <code>{change.id}</code> ({change.fields.length} Feld(er))
          </summary>
          <div class="table-scroll" tabindex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Feld</th>
                <th scope="col">{props.beforeLabel}</th>
                <th scope="col">{props.afterLabel}</th>
              </tr>
            </thead>
            <tbody>
              {change.fields.map((field) => (
                <tr>
                  <td>
                    <code>{field.path}</code>
                  </td>
                  <td>{field.before === null ? '–' : <del>{field.before}</del>}</td>
                  <td>{field.after === null ? '–' : <ins>{field.after}</ins>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </details>
      ))}
    </div>
  );
}
