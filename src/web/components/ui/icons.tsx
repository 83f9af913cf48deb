/**
 * Inline SVG icons (Tabler's outline paths, MIT): they render in every font,
 * unlike emoji such as 📎, which fall back to a missing-glyph box on systems
 * without a colour emoji font. Decorative: hidden from assistive technology.
 */
function Svg({ size = 16, children }: { size?: number; children: React.ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: 'text-bottom', flexShrink: 0 }}
    >
      {children}
    </svg>
  );
}

export function PaperclipIcon({ size }: { size?: number }) {
  return (
    <Svg size={size}>
      <path d="M15 7l-6.5 6.5a1.5 1.5 0 0 0 3 3l6.5 -6.5a3 3 0 0 0 -6 -6l-6.5 6.5a4.5 4.5 0 0 0 9 9l6.5 -6.5" />
    </Svg>
  );
}

export function UploadIcon({ size }: { size?: number }) {
  return (
    <Svg size={size}>
      <path d="M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2" />
      <path d="M7 9l5 -5l5 5" />
      <path d="M12 4l0 12" />
    </Svg>
  );
}

export function BellIcon({ size }: { size?: number }) {
  return (
    <Svg size={size}>
      <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2 -3v-3a7 7 0 0 1 4 -6" />
      <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
    </Svg>
  );
}
