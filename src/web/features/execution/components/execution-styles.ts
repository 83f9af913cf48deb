// Mantine styles of the components these pages use beyond the shell's set (app/mantine-styles.ts); loaded with the pages' chunks.
import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Switch.css';
