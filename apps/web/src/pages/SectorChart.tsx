import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { SectorRow } from '../sectors';

const UP_COLOUR = '#15803d';
const DOWN_COLOUR = '#b91c1c';
const ROW_HEIGHT = 34;

/**
 * Votes for (to the right) and against (to the left) per sector, as bars from one zero line.
 * Loaded on its own (React.lazy) so pages without it do not load the chart library; the numbers
 * are in the table beside it, so the drawing is hidden from screen readers and the keyboard.
 */
export function SectorChart({ rows }: { rows: readonly SectorRow[] }) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({ name: row.name, up: row.up, down: -row.down }));
  const absolute = (value: unknown) => String(Math.abs(Number(value)));
  // The same reach both ways, so bars of one length mean the same count for and against.
  const reach = Math.max(1, ...rows.map((row) => Math.max(row.up, row.down)));
  return (
    <div className="sector-chart" aria-hidden="true">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        stackOffset="sign"
        data={data}
        style={{ width: '100%', height: rows.length * ROW_HEIGHT + 70 }}
        margin={{ top: 4, right: 8, bottom: 4, left: 0 }}
      >
        <XAxis type="number" domain={[-reach, reach]} allowDecimals={false} tickFormatter={absolute} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
        <ReferenceLine x={0} stroke="#4b5563" />
        <Tooltip formatter={absolute} />
        <Legend />
        <Bar
          dataKey="down"
          name={t('sectorSupport.down')}
          stackId="votes"
          fill={DOWN_COLOUR}
          isAnimationActive={false}
        />
        <Bar
          dataKey="up"
          name={t('sectorSupport.up')}
          stackId="votes"
          fill={UP_COLOUR}
          isAnimationActive={false}
        />
      </BarChart>
    </div>
  );
}
