import { render } from 'preact';
import { PreviewPage } from './PreviewPage';

const app = document.getElementById('app');
if (app) render(<PreviewPage />, app);
