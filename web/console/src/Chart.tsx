import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

/** A chart with its numbers also as a table (screen readers, copy-paste). */
export function ChartBlock({ id, title, kind, labels, values, percent }: { id: string; title: string; kind: 'bar' | 'line'; labels: string[]; values: number[]; percent?: boolean }) {
  const data = { labels, datasets: [{ label: title, data: values, backgroundColor: '#0b5cad', borderColor: '#0b5cad' }] };
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
      <div className="chart-canvas" role="img" aria-label={title}>
        {kind === 'bar' ? <Bar data={data} options={options} /> : <Line data={data} options={options} />}
      </div>
      <details>
        <summary>{title}</summary>
        <table>
          <tbody>
            {labels.map((l, i) => (
              <tr key={l}>
                <th scope="row">{l}</th>
                <td>{percent ? `${(values[i] * 100).toFixed(1)} %` : values[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
