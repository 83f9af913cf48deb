/** Text and badge colours with at least 4.5:1 contrast against white (Mantine's green.9, orange.9 and gray.6 fall short). */
export const ink = {
  green: '#1b6b2f',
  red: '#a61e1e',
  blue: '#1864ab',
  orange: '#a94400',
  gray: '#495057',
  dark: '#343a40',
} as const;
