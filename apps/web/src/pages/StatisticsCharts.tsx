import {
  Bar,
  BarChart,
  type BarShapeProps,
  LabelList,
  Legend,
  type LabelProps,
  Rectangle,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/**
 * The drawings of the statistics page, the list page and a suggestion's support per sector,
 * loaded on their own (React.lazy) so no other page loads the chart library. Every number is also
 * in a table and a sentence beside the drawing, so the drawings are hidden from screen readers and
 * the keyboard; each bar is named on its axis or labelled with its number, so no colour has to be
 * told apart.
 */

/** A colour from the design tokens (custom properties on :root), since SVG attributes cannot use var(). */
function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

const AXIS_TICK = { fontSize: 12 };

/** One series per week: a bar per week with its count on top. */
export function WeeklyBars({
  data,
  colourToken,
  name,
}: {
  data: readonly { label: string; value: number }[];
  colourToken: string;
  name: string;
}) {
  return (
    <div className="stat-chart" aria-hidden="true">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={[...data]}
        style={{ width: '100%', height: 180 }}
        margin={{ top: 20, right: 8, bottom: 0, left: 0 }}
      >
        <XAxis dataKey="label" tick={AXIS_TICK} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} width={36} tick={AXIS_TICK} />
        <Tooltip />
        <Bar dataKey="value" name={name} fill={token(colourToken)} isAnimationActive={false}>
          {data.length <= 12 && <LabelList dataKey="value" position="top" fontSize={12} />}
        </Bar>
      </BarChart>
    </div>
  );
}

/** The count of an against-bar, at its far (left) end: the bar grows leftwards from zero. */
function countLeftOfBar(props: LabelProps) {
  const [x = 0, y = 0, width = 0, height = 0] = [props.x, props.y, props.width, props.height].map(Number);
  const count = Math.abs(Number(props.value));
  if (count === 0) return null;
  return (
    <text
      x={x + Math.min(0, width) - 4}
      y={y + height / 2}
      textAnchor="end"
      dominantBaseline="central"
      fontSize={12}
      fill={token('--chart-axis')}
    >
      {count}
    </text>
  );
}

export interface ForAgainstBar {
  name: string;
  up: number;
  down: number;
}

/**
 * Votes for (to the right) and against (to the left) per row (a theme, a sector), from one zero
 * line, each bar labelled with its count and a legend naming the two colours.
 */
export function ForAgainstChart({
  rows,
  upLabel,
  downLabel,
}: {
  rows: readonly ForAgainstBar[];
  upLabel: string;
  downLabel: string;
}) {
  const data = rows.map((row) => ({ name: row.name, up: row.up, down: -row.down }));
  const absolute = (value: unknown) => String(Math.abs(Number(value)));
  // The same reach both ways, so bars of one length mean the same count for and against.
  const reach = Math.max(1, ...rows.map((row) => Math.max(row.up, row.down)));
  return (
    <div className="stat-chart" aria-hidden="true">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        stackOffset="sign"
        data={data}
        style={{ width: '100%', height: rows.length * 34 + 70 }}
        margin={{ top: 4, right: 24, bottom: 4, left: 0 }}
      >
        <XAxis type="number" domain={[-reach, reach]} allowDecimals={false} tickFormatter={absolute} />
        <YAxis type="category" dataKey="name" width={150} tick={AXIS_TICK} />
        <ReferenceLine x={0} stroke={token('--chart-axis')} />
        <Tooltip formatter={absolute} />
        <Legend />
        <Bar
          dataKey="down"
          name={downLabel}
          stackId="votes"
          fill={token('--chart-down')}
          isAnimationActive={false}
        >
          <LabelList dataKey="down" content={countLeftOfBar} />
        </Bar>
        <Bar dataKey="up" name={upLabel} stackId="votes" fill={token('--chart-up')} isAnimationActive={false}>
          <LabelList dataKey="up" position="right" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}

export interface StatusBar {
  name: string;
  colour: string;
  items: number;
}

/** A bar in its status's own colour (admins choose the colours of statuses). */
function statusBar(props: BarShapeProps) {
  const { colour } = props.payload as StatusBar;
  return <Rectangle {...props} fill={colour} />;
}

/** Items per follow-up status, each bar named by its status and in the status's own colour. */
export function FollowUpStatusChart({
  rows,
  itemsLabel,
}: {
  rows: readonly StatusBar[];
  itemsLabel: string;
}) {
  return (
    <div className="stat-chart" aria-hidden="true">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={[...rows]}
        style={{ width: '100%', height: rows.length * 30 + 40 }}
        margin={{ top: 4, right: 24, bottom: 4, left: 0 }}
      >
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={150} tick={AXIS_TICK} />
        <Tooltip />
        <Bar dataKey="items" name={itemsLabel} isAnimationActive={false} shape={statusBar}>
          <LabelList dataKey="items" position="right" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
