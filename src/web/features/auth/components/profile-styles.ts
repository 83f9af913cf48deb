// Mantine styles of the components the profile page uses beyond the shell's set (app/mantine-styles.ts).
import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/Code.css';
import '@mantine/core/styles/Radio.css';
