import { useTranslation } from 'react-i18next';
import { byPosition } from '../../model/order';
import { useWorkspace } from '../../store/workspace';

type Multipliers = Partial<Record<string, number>>;

/**
 * How much longer (> 1) or shorter (< 1) the segment takes on each channel, by channel id;
 * an empty cell is the nominal time (the channel is not listed).
 */
export function ChannelMultipliers({ value, onChange }: { value: Multipliers; onChange: (m: Multipliers) => void }) {
  const { t } = useTranslation();
  const channels = useWorkspace((s) => s.workspace?.document.channels) ?? [];
  const setOne = (channelId: string, text: string) => {
    const rest = Object.fromEntries(Object.entries(value).filter(([id]) => id !== channelId));
    onChange(text.trim() === '' ? rest : { ...rest, [channelId]: Number(text) });
  };
  return (
    <table className="multiplier-table" data-testid="channel-multipliers">
      <caption className="field-label">{t('segments.multipliers')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('segments.channel')}</th>
          <th scope="col">{t('segments.multiplier')}</th>
        </tr>
      </thead>
      <tbody>
        {byPosition(channels).map((channel) => {
          const factor = value[channel.id];
          return (
            <tr key={channel.id}>
              <th scope="row">{channel.name}</th>
              <td>
                <input
                  type="number"
                  className="input input-narrow"
                  min={0}
                  step={0.1}
                  placeholder="1"
                  aria-label={t('segments.multiplierOf', { channel: channel.name })}
                  data-testid={`multiplier-${channel.id}`}
                  value={factor === undefined || Number.isNaN(factor) ? '' : factor}
                  onChange={(e) => setOne(channel.id, e.target.value)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
