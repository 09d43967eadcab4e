/**
 * Accessible SVG charts rendered on the server: role="img" with <title> and <desc>, always followed by
 * the same numbers as a table (the chart is a picture of the table, never the only source).
 */

export interface ChartRow {
  label: string;
  value: number;
}

const WIDTH = 640;

export function BarChart(props: { id: string; title: string; desc: string; rows: ChartRow[]; unit?: string }) {
  const rows = props.rows;
  const max = Math.max(1, ...rows.map((r) => r.value));
  // Room for 26 characters at 12 px: longer titles are cut with "…" (the table below has them whole).
  const labelWidth = 240;
  const barArea = WIDTH - labelWidth - 70;
  const rowHeight = 22;
  const height = Math.max(rowHeight, rows.length * rowHeight) + 8;
  return (
    <svg class="chart" role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
      {rows.map((row, i) => {
        const y = 4 + i * rowHeight;
        const w = Math.round((row.value / max) * barArea);
        return (
          <g>
            <text x={labelWidth - 6} y={y + 15} text-anchor="end">
              {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
            </text>
            <rect class="bar" x={labelWidth} y={y + 3} width={Math.max(w, row.value > 0 ? 2 : 0)} height={rowHeight - 6} />
            <text x={labelWidth + w + 6} y={y + 15}>
              {`${row.value.toLocaleString('de-DE')}${props.unit ?? ''}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function ColumnChart(props: { id: string; title: string; desc: string; rows: ChartRow[]; unit?: string }) {
  const rows = props.rows;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = 200;
  const bottom = 40;
  const left = 10;
  const slot = (WIDTH - left * 2) / Math.max(rows.length, 1);
  const every = Math.ceil(rows.length / 16);
  return (
    <svg class="chart" role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
      <text x={left} y={12}>{`max. ${max.toLocaleString('de-DE')}${props.unit ?? ''}`}</text>
      {rows.map((row, i) => {
        const h = Math.round((row.value / max) * (height - bottom - 20));
        const x = left + i * slot;
        return (
          <g>
            <rect class="bar" x={x + 1} y={height - bottom - h} width={Math.max(slot - 2, 1)} height={h} />
            {i % every === 0 ? (
              <text x={x + slot / 2} y={height - bottom + 14} text-anchor="middle">
                {row.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

export function DataTable(props: { caption: string; headers: string[]; rows: Array<Array<string | number>>; csv?: string }) {
  return (
    <details>
      <summary>
        {props.caption}: Daten als Tabelle{props.csv ? '' : ''}
      </summary>
      <div class="table-scroll" tabindex={0}>
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.headers.map((h, i) => (
              <th scope="col" class={i > 0 ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              {row.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td class="num">{typeof cell === 'number' ? cell.toLocaleString('de-DE') : cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {props.csv ? (
        <p>
          <a href={props.csv}>Als CSV herunterladen</a>
        </p>
      ) : null}
    </details>
  );
}
