import { Typography, theme } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { portalMessages } from './messages';
import type { NavigationCount } from './portal-api';
import { intensity, tileGrid } from './tile-layout';

const STEPS = 5;

/** Blends the primary colour into the background: step 0 is empty, step 5 full strength. */
function tileColour(primary: string, step: number): string {
  if (step === 0) return 'transparent';
  const alpha = Math.round((0.15 + (0.85 * (step - 1)) / (STEPS - 1)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${primary}${alpha}`;
}

/**
 * The subregions of `parent` as a grid of labelled squares, coloured by their project counts;
 * clicking one drills into it.
 */
export function RegionTileMap({
  parent,
  regions,
  onSelect,
}: {
  parent: { code: string; name: string };
  regions: NavigationCount[];
  onSelect: (code: string) => void;
}) {
  const t = useT(portalMessages);
  const { token } = theme.useToken();
  const grid = tileGrid(parent.code, regions);
  const counts = new Map(regions.map((region) => [region.code, region.projects]));
  const max = Math.max(0, ...regions.map((region) => region.projects));

  return (
    <figure style={{ margin: 0 }} data-testid="nav-tile-map">
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(${grid.cols}, minmax(72px, 1fr))`,
          gridTemplateRows: `repeat(${grid.rows}, 72px)`,
          gap: 6,
        }}
      >
        {grid.tiles.map((tile) => {
          const count = counts.get(tile.code) ?? 0;
          const step = intensity(count, max, STEPS);
          const dark = step >= 4;
          return (
            <button
              type="button"
              key={tile.code}
              onClick={() => onSelect(tile.code)}
              data-testid={`nav-tile-${tile.code}`}
              title={`${tile.name}：${t('projectsCount', { count })}`}
              style={{
                gridRow: tile.row + 1,
                gridColumn: tile.col + 1,
                border: `1px solid ${token.colorBorderSecondary}`,
                borderRadius: token.borderRadius,
                background: tileColour(token.colorPrimary, step),
                color: dark ? '#fff' : token.colorText,
                cursor: 'pointer',
                padding: 4,
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
                justifyContent: 'center',
                overflow: 'hidden',
                font: 'inherit',
              }}
            >
              <span style={{ fontSize: 13, lineHeight: 1.2, textAlign: 'center' }}>{tile.name}</span>
              <strong style={{ fontSize: 16 }} data-testid={`nav-tile-count-${tile.code}`}>
                {count}
              </strong>
            </button>
          );
        })}
      </div>
      <figcaption>
        <Typography.Text strong>{t('mapTitle', { name: parent.name })}</Typography.Text>
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('mapNote')}
        </Typography.Text>
      </figcaption>
    </figure>
  );
}
