// The pages the benchmark compares, each showing the same first screen:
// - widget: the paste-in of the README (dist/widget.js, then <care-level-finder>);
// - surveyjs: SurveyJS (survey-core + survey-js-ui, its font-free CSS) with the same intro as
//   its start page, then the same first questions in the same words, one per page, as a clinic
//   would configure it;
// - static: the widget's first screen as plain HTML and CSS, no script at all (the floor).
// And the clinic page: a content page with either of the two between its paragraphs, or none.

import { COPY, say } from '../../src/copy';
import { optionsOf, type StepId } from '../../src/screening';

const HEAD =
  '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title>';

/** The README's paste-in, verbatim but for the script's URL. */
function pasteIn(readmePasteIn: string, scriptUrl: string): string {
  return readmePasteIn.replace('https://your-cdn.example/care-level-finder/widget.js', scriptUrl);
}

export function widgetPage(readmePasteIn: string): string {
  return `<!doctype html><html lang="en"><head>${HEAD}</head><body>
${pasteIn(readmePasteIn, '/widget.js')}
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
  const intro = COPY.en.intro;
  return {
    showQuestionNumbers: 'off',
    // The widget's intro as SurveyJS's start page, so that both ask for a Start first.
    firstPageIsStarted: true,
    startSurveyText: intro.start,
    pages: [
      {
        elements: [
          {
            type: 'html',
            name: 'intro',
            html: `<h2>${intro.heading}</h2><p>${intro.lead}</p><ul>${intro.points.map((point) => `<li>${point}</li>`).join('')}</ul>`,
          },
        ],
      },
      { elements: [question('who', 'radiogroup')] },
      { elements: [question('danger', 'checkbox')] },
      { elements: [question('age', 'radiogroup')] },
      { elements: [question('withdrawal', 'checkbox')] },
    ],
  };
}

/** SurveyJS as a clinic would embed it: its stylesheet, its two scripts, a container. */
function surveyJsEmbed(): { head: string; body: string } {
  return {
    head: '<link rel="stylesheet" href="/survey-core.fontless.min.css">',
    body: `<div id="survey"></div>
<script src="/survey.core.min.js"></script>
<script src="/survey-js-ui.min.js"></script>
<script>
  const model = new Survey.Model(${JSON.stringify(surveyJson())});
  SurveyUI.renderSurvey(model, document.getElementById('survey'));
</script>`,
  };
}

export function surveyJsPage(): string {
  const embed = surveyJsEmbed();
  return `<!doctype html><html lang="en"><head>${HEAD}
${embed.head}</head><body>
${embed.body}
</body></html>`;
}

/**
 * A clinic's content page: a heading, paragraphs, the screening (or nothing) between them, and
 * more paragraphs after, as a page built around the paste-in looks.
 */
export function clinicPage(screening: 'widget' | 'surveyjs' | 'none', readmePasteIn: string): string {
  const paragraph =
    '<p>Harbor Light Recovery helps people and their families through addiction and recovery, with care that fits each person. Our team listens first, then helps you choose the next step.</p>';
  const embed =
    screening === 'surveyjs'
      ? surveyJsEmbed()
      : { head: '', body: screening === 'widget' ? pasteIn(readmePasteIn, '/widget.js') : '' };
  return `<!doctype html><html lang="en"><head>${HEAD}${embed.head}</head><body>
<main><h1>Find the right care at Harbor Light Recovery</h1>
${paragraph.repeat(2)}
${embed.body}
${paragraph.repeat(8)}
</main></body></html>`;
}

/** The widget's first screen, captured from the widget itself, as a declarative shadow root. */
export function staticPage(css: string, firstScreenHtml: string): string {
  return `<!doctype html><html lang="en"><head>${HEAD}</head><body>
<care-level-finder><template shadowrootmode="open"><style>${css}</style>${firstScreenHtml}</template></care-level-finder>
</body></html>`;
}
