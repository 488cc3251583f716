// Todo lo que ve un visitante, en español. Written for Spanish speakers in the US, not word
// for word from English: "usted" throughout (as in SAMHSA's and 988's Spanish materials),
// "esa persona" for a loved one (neutral in gender), short sentences, everyday words.
// A qualified medical translator should review this text before clinical use (see README).
// Typed as `Copy`, so a key missing here fails the build.

import type { Copy } from './en';
import { contact, inLanguage, LINES } from './contacts';

const CALL_911 = contact(LINES.call911, 'Llame al 911');
// 988 in Spanish: call and press 2, or text AYUDA.
const CALL_988 = contact(LINES.call988, 'Llame al 988 y oprima 2');
const TEXT_988 = contact(LINES.text988, 'Envíe AYUDA al 988', 'AYUDA');
const CHAT_988 = contact(LINES.chat988, 'Chat en 988lifeline.org');
const CRISIS_TEXT_LINE = contact(LINES.crisisTextLine, 'Envíe AYUDA al 741741', 'AYUDA');
const SAMHSA = contact(LINES.samhsa, 'Línea Nacional de Ayuda de SAMHSA');
const SAMHSA_TTY = contact(LINES.samhsaTty, 'TTY');
const POISON_HELP = contact(LINES.poisonHelp, 'Control de Envenenamientos');
const FIND_TREATMENT = contact(LINES.findTreatment, 'Buscar en FindTreatment.gov');

export const es: Copy = {
  lang: 'es',
  widget: {
    label: 'Guía para encontrar el tipo de atención',
    helpNow: '¿Necesita ayuda ahora?',
    continue: 'Continuar',
    back: 'Atrás',
    startOver: 'Empezar de nuevo',
    progress: (number: number, total: number) => `Pregunta ${number} de ${total}`,
    chooseOne: 'Elija una respuesta.',
    chooseMany: 'Elija todas las que correspondan.',
    errors: {
      one: 'Elija una respuesta y luego oprima Continuar.',
      many: 'Elija al menos una respuesta. Si ninguna corresponde, elija "Ninguna de estas".',
    },
  },

  popup: {
    launcher: 'Encuentre la atención adecuada',
    close: 'Cerrar',
  },

  intro: {
    heading: 'Encuentre el tipo de atención adecuado',
    lead: 'Conteste unas preguntas cortas sobre usted o sobre un ser querido. Le sugeriremos un tipo de atención que puede servir y le diremos por qué.',
    points: [
      'Toma unos 3 minutos.',
      'Sus respuestas se quedan en este aparato. No se envían a nadie.',
      'Esto no es un diagnóstico. Es un punto de partida para hablar con una persona que le puede ayudar.',
    ],
    start: 'Empezar',
    dangerNow: 'Si alguien está en peligro ahora mismo, llame al 911.',
    call911: CALL_911,
  },

  questions: {
    who: {
      legend: '¿Para quién busca ayuda?',
      options: { self: 'Para mí', 'loved-one': 'Para un ser querido' },
    },
    danger: {
      legend: {
        self: '¿Le está pasando algo de esto ahora mismo?',
        'loved-one': '¿A esa persona le está pasando algo de esto ahora mismo?',
      },
      hint: 'Si tiene dudas, llame o envíe un mensaje al 988. Le ayudarán a decidir qué hacer.',
      hintContacts: [CALL_988, TEXT_988],
      options: {
        overdose: 'Una posible sobredosis: no despierta, respira lento o no respira, o tiene los labios morados',
        'seizure-confusion':
          'Convulsiones, o mucha confusión, temblores, o ver u oír cosas que no están ahí después de dejar de usar',
        'medical-emergency': 'Dolor en el pecho u otra emergencia médica',
        'harm-now': {
          self: 'Me acabo de hacer daño o de hacerle daño a alguien, o estoy a punto de hacerlo',
          'loved-one': 'Se acaba de hacer daño o de hacerle daño a alguien, o está a punto de hacerlo',
        },
        'suicidal-thoughts': {
          self: 'Estoy pensando en el suicidio o en hacerle daño a alguien',
          'loved-one': 'Está pensando en el suicidio o en hacerle daño a alguien',
        },
        none: 'Ninguna de estas',
      },
    },
    age: {
      legend: { self: '¿Cuántos años tiene?', 'loved-one': '¿Cuántos años tiene esa persona?' },
      options: { adult: '18 años o más', 'under-18': 'Menos de 18 años', unsure: 'No sé' },
    },
    withdrawal: {
      legend: {
        self: '¿Alguna de estas cosas es su caso?',
        'loved-one': '¿Alguna de estas cosas es el caso de esa persona?',
      },
      hint: 'Así sabremos si hace falta un chequeo médico antes de dejar de usar.',
      options: {
        'daily-alcohol': {
          self: 'Tomo alcohol todos los días o casi todos los días',
          'loved-one': 'Toma alcohol todos los días o casi todos los días',
        },
        'daily-benzos': {
          self: 'Tomo benzodiacepinas (como Xanax o Valium) o pastillas para dormir todos los días',
          'loved-one': 'Toma benzodiacepinas (como Xanax o Valium) o pastillas para dormir todos los días',
        },
        'past-severe-withdrawal': {
          self: 'Cuando dejé de usar antes, tuve convulsiones, delirium tremens, o vi u oí cosas que no estaban ahí',
          'loved-one':
            'Cuando dejó de usar antes, tuvo convulsiones, delirium tremens, o vio u oyó cosas que no estaban ahí',
        },
        'withdrawal-symptoms': {
          self: 'Sin eso, tiemblo, sudo, me siento mal o tengo mucha ansiedad',
          'loved-one': 'Sin eso, tiembla, suda, se siente mal o tiene mucha ansiedad',
        },
        pregnant: { self: 'Estoy embarazada', 'loved-one': 'Está embarazada' },
        opioids: {
          self: 'Uso opioides: heroína, fentanilo o pastillas para el dolor sin seguir la receta',
          'loved-one': 'Usa opioides: heroína, fentanilo o pastillas para el dolor sin seguir la receta',
        },
        'serious-illness': {
          self: 'Tengo una enfermedad grave del corazón, del hígado o de los pulmones, o tengo más de 65 años',
          'loved-one': 'Tiene una enfermedad grave del corazón, del hígado o de los pulmones, o tiene más de 65 años',
        },
        none: 'Ninguna de estas',
        unsure: 'No sé',
      },
    },
    support: {
      legend: {
        self: '¿Necesita ahora mismo que alguien esté con usted de día y de noche para estar a salvo o para dejar de usar?',
        'loved-one':
          '¿Esa persona necesita ahora mismo que alguien esté con ella de día y de noche para estar a salvo o para dejar de usar?',
      },
      options: { yes: 'Sí', unsure: 'No sé', no: 'No' },
    },
    'tried-before': {
      legend: {
        self: '¿Ha ido antes a consejería o a tratamiento ambulatorio y siguió usando?',
        'loved-one': '¿Esa persona ha ido antes a consejería o a tratamiento ambulatorio y siguió usando?',
      },
      options: { yes: 'Sí', no: 'No', unsure: 'No sé' },
    },
    home: {
      legend: {
        self: '¿Su casa es un lugar seguro y estable para recuperarse?',
        'loved-one': '¿La casa de esa persona es un lugar seguro y estable para recuperarse?',
      },
      options: {
        stable: 'Sí, es segura y estable',
        mixed: 'Más o menos: otras personas toman o usan drogas ahí, o hay muchos conflictos',
        unsafe: 'No: no es segura, o no hay un lugar fijo donde vivir',
      },
    },
    'sober-living': {
      legend: {
        self: '¿Podría vivir en una casa de vida sobria durante el tratamiento?',
        'loved-one': '¿Esa persona podría vivir en una casa de vida sobria durante el tratamiento?',
      },
      hint: 'Una casa de vida sobria es una casa compartida donde nadie toma alcohol ni usa drogas.',
      options: { yes: 'Sí', no: 'No', unsure: 'No sé' },
    },
    'mental-health': {
      legend: {
        self: '¿La tristeza, la preocupación o un trauma del pasado le hacen muy difícil pasar el día?',
        'loved-one': '¿La tristeza, la preocupación o un trauma del pasado le hacen muy difícil el día a esa persona?',
      },
      hint: 'Por ejemplo, depresión, ansiedad o estrés postraumático.',
      options: { 'most-days': 'Sí, casi todos los días', sometimes: 'A veces', no: 'No' },
    },
    schedule: {
      legend: {
        self: '¿Cuánto tiempo podría dedicarle al tratamiento ahora?',
        'loved-one': '¿Cuánto tiempo podría dedicarle esa persona al tratamiento ahora?',
      },
      options: {
        'step-away': {
          self: 'Podría dejar mis cosas y quedarme en un centro unas semanas',
          'loved-one': 'Podría dejar sus cosas y quedarse en un centro unas semanas',
        },
        'few-hours-most-days': 'Unas horas al día, de 3 a 5 días por semana',
        'one-two-hours-week': 'Más o menos 1 o 2 horas por semana',
        unsure: 'No sé',
      },
    },
    'wants-help': {
      legend: '¿Esa persona quiere ayuda ahora?',
      hint: 'Sea cual sea la respuesta, hay ayuda para esa persona y para usted.',
      options: { yes: 'Sí', unsure: 'No sé', no: 'No' },
    },
  },

  result: {
    eyebrow: 'Un tipo de atención que puede servir',
    maybeEyebrow: 'Un tipo de atención que podría hacer falta',
    levels: {
      residential: {
        name: 'Tratamiento residencial',
        meaning: {
          self: 'Viviría un tiempo en un centro de tratamiento, con apoyo de día y de noche. El equipo le ayuda con la abstinencia, la consejería y el plan para después.',
          'loved-one':
            'Esa persona viviría un tiempo en un centro de tratamiento, con apoyo de día y de noche. El equipo le ayuda con la abstinencia, la consejería y el plan para después.',
        },
      },
      iop: {
        name: 'Programa ambulatorio intensivo (IOP)',
        meaning: {
          self: 'Iría a un programa unas horas al día, de 3 a 5 días por semana, y viviría en su casa o en una casa de vida sobria. Incluye terapia individual, consejería en grupo y clases sobre la recuperación.',
          'loved-one':
            'Esa persona iría a un programa unas horas al día, de 3 a 5 días por semana, y viviría en su casa o en una casa de vida sobria. Incluye terapia individual, consejería en grupo y clases sobre la recuperación.',
        },
      },
      outpatient: {
        name: 'Atención ambulatoria',
        meaning: {
          self: 'Se reuniría con un consejero más o menos 1 o 2 horas por semana, y seguiría con su trabajo, sus estudios y su casa.',
          'loved-one':
            'Esa persona se reuniría con un consejero más o menos 1 o 2 horas por semana, y seguiría con su trabajo, sus estudios y su casa.',
        },
      },
    },
    soberLivingMeaning: {
      self: 'Iría a un programa unas horas al día, de 3 a 5 días por semana, y viviría en una casa de vida sobria. Incluye terapia individual, consejería en grupo y clases sobre la recuperación.',
      'loved-one':
        'Esa persona iría a un programa unas horas al día, de 3 a 5 días por semana, y viviría en una casa de vida sobria. Incluye terapia individual, consejería en grupo y clases sobre la recuperación.',
    },
    whyHeading: 'Por qué sugerimos esto',
    notesHeading: 'Es bueno saber',
    notADiagnosis:
      'Esto no es un diagnóstico. Es una sugerencia para hablar con un profesional, que verá la situación completa.',
    changeAnswers: 'Cambiar mis respuestas',
  },

  reasons: {
    'needs-24-7': 'Cuando alguien necesita personas cerca todo el tiempo para estar a salvo, lo mejor es atención con apoyo de día y de noche.',
    'home-unsafe-no-sober-living':
      'Sin un lugar seguro donde vivir, lo más seguro para empezar es un programa donde se vive y se recibe atención en el mismo lugar.',
    'unsure-with-risk':
      'Podría hacer falta atención de día y de noche. Un consejero puede ayudar a elegir entre el tratamiento residencial y un programa ambulatorio intensivo.',
    'home-unsafe-sober-living':
      'Una casa de vida sobria da un lugar seguro para vivir mientras se va a un programa durante el día.',
    'tried-before': 'Cuando la consejería sola no fue suficiente, más horas de apoyo cada semana pueden ayudar.',
    'home-mixed': 'Cuando la situación en casa es difícil, más horas de apoyo cada semana pueden ayudar.',
    'unsure-or-mental-health': 'Más horas de apoyo cada semana pueden ayudar mientras las cosas están difíciles.',
    stable:
      'Con una casa estable y sin necesidad de apoyo de día y de noche, una atención que se adapta a la vida diaria es un buen comienzo.',
  },

  because: {
    support: {
      yes: {
        self: 'Usted dijo que necesita a alguien con usted de día y de noche ahora mismo.',
        'loved-one': 'Usted dijo que esa persona necesita a alguien con ella de día y de noche ahora mismo.',
      },
      unsure: {
        self: 'Usted no sabía si necesita a alguien con usted de día y de noche.',
        'loved-one': 'Usted no sabía si esa persona necesita a alguien con ella de día y de noche.',
      },
      no: {
        self: 'Usted dijo que no necesita a alguien con usted de día y de noche.',
        'loved-one': 'Usted dijo que esa persona no necesita a alguien con ella de día y de noche.',
      },
    },
    'tried-before': {
      yes: {
        self: 'Usted dijo que ya fue a consejería o a tratamiento y siguió usando.',
        'loved-one': 'Usted dijo que esa persona ya fue a consejería o a tratamiento y siguió usando.',
      },
    },
    home: {
      stable: {
        self: 'Usted dijo que su casa es un lugar seguro y estable.',
        'loved-one': 'Usted dijo que la casa de esa persona es un lugar seguro y estable.',
      },
      mixed: {
        self: 'Usted dijo que en su casa otras personas toman o usan drogas, o que hay muchos conflictos.',
        'loved-one': 'Usted dijo que donde vive esa persona otros toman o usan drogas, o que hay muchos conflictos.',
      },
      unsafe: {
        self: 'Usted dijo que su casa no es un lugar seguro o estable ahora.',
        'loved-one': 'Usted dijo que la casa de esa persona no es un lugar seguro o estable ahora.',
      },
    },
    'sober-living': {
      yes: {
        self: 'Usted dijo que podría vivir en una casa de vida sobria.',
        'loved-one': 'Usted dijo que esa persona podría vivir en una casa de vida sobria.',
      },
      no: {
        self: 'Usted dijo que vivir en una casa de vida sobria no sería posible.',
        'loved-one': 'Usted dijo que vivir en una casa de vida sobria no sería posible para esa persona.',
      },
      unsure: {
        self: 'Usted no sabía si podría vivir en una casa de vida sobria.',
        'loved-one': 'Usted no sabía si esa persona podría vivir en una casa de vida sobria.',
      },
    },
    'mental-health': {
      'most-days': {
        self: 'Usted dijo que la tristeza, la preocupación o un trauma le hacen muy difíciles casi todos los días.',
        'loved-one': 'Usted dijo que la tristeza, la preocupación o un trauma le hacen muy difíciles casi todos los días a esa persona.',
      },
    },
  },

  notes: {
    'withdrawal-high': {
      title: 'Importante: no deje de usar de golpe sin ayuda',
      text: {
        self: 'Dejarlo de golpe puede ser peligroso para usted. Llámenos o llame a un médico hoy para un chequeo médico. Quizás necesite desintoxicación médica, o bajar poco a poco las benzodiacepinas o las pastillas para dormir con supervisión. Si hay confusión, convulsiones, o ve u oye cosas que no están ahí, llame al 911.',
        'loved-one':
          'Dejarlo de golpe puede ser peligroso para esa persona. Llámenos o llame a un médico hoy para un chequeo médico. Quizás necesite desintoxicación médica, o bajar poco a poco las benzodiacepinas o las pastillas para dormir con supervisión. Si hay confusión, convulsiones, o ve u oye cosas que no están ahí, llame al 911.',
      },
      contacts: [CALL_911],
    },
    'withdrawal-check': {
      title: 'Un chequeo médico es buena idea',
      text: 'Hable con un médico o una enfermera antes de dejar de usar. La abstinencia puede ser dura para el cuerpo, y ellos pueden hacerla más segura.',
    },
    'pregnancy-opioids': {
      title: 'Embarazo y opioides',
      text: 'No deje los opioides de golpe durante el embarazo. Puede hacerle daño a la madre y al bebé. Hable hoy con un médico o con quien lleva el control del embarazo sobre un tratamiento seguro.',
    },
    pregnancy: {
      title: 'Embarazo',
      text: 'Cuéntele del embarazo a quien lleva el control prenatal y a nuestro equipo, para que la atención sea segura para la madre y el bebé.',
    },
    naloxone: {
      title: 'Tenga naloxona cerca',
      text: 'Tenga naloxona (Narcan) a la mano y diga a las personas cercanas dónde está. Después de un tiempo sin usar opioides, el riesgo de sobredosis es mayor.',
    },
    teen: {
      title: 'Atención para jóvenes',
      text: 'Los programas para adolescentes son distintos a los de adultos. Llámenos para hablar de opciones para jóvenes.',
    },
    'co-occurring': {
      title: 'Atención también para la salud mental',
      text: 'Busque atención que trate la salud mental al mismo tiempo. Pregunte por eso cuando llame.',
    },
    'family-support': {
      title: 'Ayuda para su familia desde ahora',
      text: 'Hay ayuda para usted y su familia, aunque esa persona todavía no esté lista. La Línea Nacional de Ayuda de SAMHSA es gratis, confidencial y atiende de día y de noche, en español y en inglés.',
      contacts: [SAMHSA],
    },
    'schedule-step-away-hard': {
      title: 'Si es difícil dejarlo todo',
      text: 'Aun así sugerimos el tratamiento residencial. Dejar la vida diaria por un tiempo puede ser difícil. Llámenos para hablar de opciones.',
    },
    'schedule-evening': {
      title: 'Si tiene poco tiempo',
      text: 'Aun así sugerimos un programa ambulatorio intensivo. Muchos programas tienen horarios en la tarde, en la noche o los fines de semana.',
    },
    'schedule-more-support': {
      title: 'Si quiere más apoyo',
      text: 'La atención ambulatoria sigue siendo adecuada. Si quiere más apoyo, pregunte por un programa ambulatorio intensivo.',
    },
    'not-offered': {
      title: 'Le ayudamos a encontrarlo',
      text: 'No ofrecemos este tipo de atención, pero le podemos ayudar a encontrarlo. También puede llamar a la Línea Nacional de Ayuda de SAMHSA o buscar en FindTreatment.gov.',
      contacts: [SAMHSA, FIND_TREATMENT],
    },
  },

  call: {
    heading: 'Hable con una persona que le puede ayudar',
    clinic: (clinicName: string | null) => (clinicName ? `Llamar a ${clinicName}` : 'Llámenos'),
    clinicWithdrawal: (clinicName: string | null) =>
      clinicName ? `Llamar a ${clinicName} para dejarlo de forma segura` : 'Llámenos para dejarlo de forma segura',
    clinicLater: (clinicName: string | null) =>
      clinicName ? `Cuando todos estén a salvo, llame a ${clinicName}` : 'Cuando todos estén a salvo, llámenos',
    whatHappens:
      'Le atenderá una persona real. Le escuchará, le hará unas preguntas, le hablará de opciones y costos, y le ayudará con el siguiente paso. No tiene que decidir nada en la llamada.',
    helpline: SAMHSA,
    helplineNote: 'Gratis, confidencial y abierta de día y de noche, en español y en inglés.',
  },

  emergency: {
    heading: 'Llame al 911 ahora',
    text: {
      self: 'Lo que describió puede poner la vida en peligro. La ayuda de emergencia es la forma más rápida de estar a salvo.',
      'loved-one':
        'Lo que describió puede poner la vida en peligro. La ayuda de emergencia es la forma más rápida de proteger a esa persona.',
    },
    call911: CALL_911,
    naloxone:
      'Si cree que alguien tuvo una sobredosis y hay naloxona (Narcan) cerca, désela ahora y luego llame al 911. Quédese con esa persona.',
    poisonHelp: POISON_HELP,
    poisonHelpNote: 'Para preguntas sobre una droga o un veneno, llame a Control de Envenenamientos.',
    thenCrisis: 'Si hay pensamientos de suicidio o una crisis de salud mental, también puede llamar o enviar un mensaje al 988.',
    call988: CALL_988,
    text988: TEXT_988,
  },

  crisis: {
    heading: 'Por favor, comuníquese con el 988 ahora',
    text: {
      self: 'No tiene que pasar por esto sin apoyo. El 988 es gratis y confidencial, y una persona capacitada atiende de día y de noche, en español. Puede llamar o enviar un mensaje.',
      'loved-one':
        'No tiene que pasar por esto sin apoyo. El 988 es gratis y confidencial, y una persona capacitada atiende de día y de noche, en español. Puede llamar o escribir, con esa persona o por ella.',
    },
    call988: CALL_988,
    text988: TEXT_988,
    chat988: CHAT_988,
    dangerNow: 'Si alguien está en peligro ahora mismo, llame al 911.',
    call911: CALL_911,
  },

  fallback: {
    heading: 'Lo sentimos, esta guía dejó de funcionar',
    text: 'Todavía puede hablar con alguien ahora mismo. Es gratis y confidencial.',
    call988: CALL_988,
    text988: TEXT_988,
    dangerNow: 'Si alguien está en peligro ahora, llame al 911.',
    call911: CALL_911,
  },

  helpPanel: {
    heading: 'Ayuda ahora mismo',
    intro: 'Puede hablar con alguien a cualquier hora, de día o de noche. Es gratis y confidencial.',
    close: 'Cerrar',
    dangerNow: 'Si alguien está en peligro ahora',
    call911: CALL_911,
    lifeline: 'Línea 988 de Prevención del Suicidio y Crisis: llame o envíe un mensaje',
    call988: CALL_988,
    text988: TEXT_988,
    chat988: CHAT_988,
    lifelineOptions: 'Veteranos: llame al 988 y oprima 1.',
    crisisTextLine: 'Crisis Text Line, en español',
    // Para quien lee en inglés: las mismas líneas, en inglés.
    otherLanguage: {
      lang: 'en',
      heading: 'In English',
      contacts: [
        inLanguage('en', contact(LINES.call988, 'Call 988')),
        inLanguage('en', contact(LINES.text988, 'Text 988')),
        inLanguage('en', contact(LINES.crisisTextLine, 'Text HOME to 741741', 'HOME')),
      ],
    },
    textHome: CRISIS_TEXT_LINE,
    helpline: 'Línea Nacional de Ayuda de SAMHSA: gratis, de día y de noche, en español y en inglés',
    samhsa: SAMHSA,
    samhsaTty: SAMHSA_TTY,
    poisonHelp: POISON_HELP,
  },
};
