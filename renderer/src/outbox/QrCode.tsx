import { useMemo } from 'react';
import { qrShape } from './qr-path';

type Props = { text: string; label: string; tooLong: string };

// Dark on white whatever the theme: phone cameras read contrast, not colour schemes.
export const QrCode = ({ text, label, tooLong }: Props) => {
  const shape = useMemo(() => qrShape(text), [text]);
  if (!shape) return <p className="hint">{tooLong}</p>;
  return (
    <svg className="qr" viewBox={`0 0 ${shape.size} ${shape.size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={shape.size} height={shape.size} fill="#ffffff" />
      <path d={shape.path} fill="#000000" />
    </svg>
  );
};
