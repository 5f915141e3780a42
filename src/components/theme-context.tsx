import { createContext, useContext, type ReactNode } from 'react';
import type { ThemeName } from '../charts/theme/tokens.ts';

const ThemeNameContext = createContext<ThemeName>('light');

/** Provided by the shell from the URL and the configuration; read by panels that build chart options. */
export function ThemeNameProvider({ theme, children }: { theme: ThemeName; children: ReactNode }) {
  return <ThemeNameContext.Provider value={theme}>{children}</ThemeNameContext.Provider>;
}

export function useThemeName(): ThemeName {
  return useContext(ThemeNameContext);
}
