// The three pages the benchmark compares, each showing the same first screen:
// - widget: the paste-in of the README (dist/widget.js, then <care-level-finder>);
// - surveyjs: SurveyJS (survey-core + survey-js-ui, its font-free CSS) asking the same first
//   questions in the same words, one per page, as a clinic would configure it;
// - static: the widget's first screen as plain HTML and CSS, no script at all (the floor).

import { COPY, say } from '../../src/copy';
import { optionsOf, type StepId } from '../../src/screening';

const HEAD = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title>';

export function widgetPage(): string {
  return `<!doctype html><html lang="en"><head>${HEAD}</head><body>
<script src="/widget.js" async></script>
<care-level-finder phone="+1-555-010-4477" clinic-name="Harbor Light Recovery"></care-level-finder>
</body></html>`;
}

/** The first four questions in SurveyJS form, with the widget's own English words. */
function surveyJson() {
  const words = COPY.en.questions;
  const question = (step: StepId, type: 'radiogroup' | 'checkbox') => {
    const text = words[step];
    const options: Readonly<Record<string, Parameters<typeof say>[0]>> = text.options;
    return {
      type,
      name: step,
      title: say(text.legend, 'self'),
      ...('hint' in text ? { description: say(text.hint, 'self') } : {}),
      isRequired: true,
      choices: optionsOf(step).map((option) => ({ value: option, text: say(options[option] ?? option, 'self') })),
    };
  };
  return {
    showQuestionNumbers: 'off',
    pages: [
      { elements: [question('who', 'radiogroup')] },
      { elements: [question('danger', 'checkbox')] },
      { elements: [question('age', 'radiogroup')] },
      { elements: [question('withdrawal', 'checkbox')] },
    ],
  };
}

export function surveyJsPage(): string {
  return `<!doctype html><html lang="en"><head>${HEAD}
<link rel="stylesheet" href="/survey-core.fontless.min.css"></head><body>
<div id="survey"></div>
<script src="/survey.core.min.js"></script>
<script src="/survey-js-ui.min.js"></script>
<script>
  const model = new Survey.Model(${JSON.stringify(surveyJson())});
  SurveyUI.renderSurvey(model, document.getElementById('survey'));
</script>
</body></html>`;
}

/** The widget's first screen, captured from the widget itself, as a declarative shadow root. */
export function staticPage(css: string, firstScreenHtml: string): string {
  return `<!doctype html><html lang="en"><head>${HEAD}</head><body>
<care-level-finder><template shadowrootmode="open"><style>${css}</style>${firstScreenHtml}</template></care-level-finder>
</body></html>`;
}

