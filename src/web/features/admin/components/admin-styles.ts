// Mantine styles of the components these pages use beyond the shell's set (app/mantine-styles.ts); loaded with the page's chunk.
import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/NavLink.css';
import '@mantine/core/styles/Tabs.css';
