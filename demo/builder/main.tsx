import { render } from 'preact';
import { BuilderPage } from './BuilderPage';

const app = document.getElementById('app');
if (app) render(<BuilderPage />, app);
