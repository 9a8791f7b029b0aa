import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

/** A chart with its numbers also as a table (screen readers, copy-paste). */
export function ChartBlock({
  id,
  title,
  kind,
  labels,
  values,
  percent,
}: {
  id: string;
  title: string;
  kind: 'bar' | 'line';
  labels: string[];
  values: number[];
  percent?: boolean;
}) {
  const show = (v: number) => (percent ? `${(v * 100).toFixed(1)} %` : String(v));
  // The canvas's accessible name carries the numbers, so a screen reader gets the chart, not just its title.
  const name = `${title}: ${labels.map((l, i) => `${l} ${show(values[i])}`).join(', ') || '–'}`;
  const data = {
    labels,
    datasets: [{ label: title, data: values, backgroundColor: '#0b5cad', borderColor: '#0b5cad' }],
  };
  const options = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: { legend: { display: false } },
    scales: { y: { beginAtZero: true, ...(percent ? { max: 1 } : {}) } },
  };
  return (
    <figure className="chart" aria-labelledby={`${id}-cap`} data-testid={id}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      <div className="chart-canvas">
        {kind === 'bar' ? (
          <Bar data={data} options={options} role="img" aria-label={name} />
        ) : (
          <Line data={data} options={options} role="img" aria-label={name} />
        )}
      </div>
      <details>
        <summary>{title}</summary>
        <table>
          <tbody>
            {labels.map((l, i) => (
              <tr key={l}>
                <th scope="row">{l}</th>
                <td>{show(values[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
