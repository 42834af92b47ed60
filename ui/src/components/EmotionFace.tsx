import { useTranslation } from 'react-i18next';
import { emotionTone } from '../model/emotion';

/** A face whose mouth curves with the emotion (-3..+3), drawn in SVG so no emoji font is needed. */
export function EmotionFace({ value, size = 18 }: { value: number; size?: number }) {
  const { t } = useTranslation();
  const curve = value * 1.6; // control point offset: smile up, frown down
  const label = t('step.emotionValue', { value: value > 0 ? `+${value}` : String(value) });
  return (
    <svg
      className={`face face-${emotionTone(value)}`}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <circle cx="10" cy="10" r="9" className="face-bg" />
      <circle cx="7" cy="8" r="1.2" className="face-ink" />
      <circle cx="13" cy="8" r="1.2" className="face-ink" />
      <path d={`M6 ${13 - curve / 3} Q10 ${13 + curve} 14 ${13 - curve / 3}`} className="face-mouth" fill="none" />
    </svg>
  );
}
