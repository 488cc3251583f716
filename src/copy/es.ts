// Todo lo que ve un visitante, en español. Written for Spanish speakers in the US, not word
// for word from English: "usted" throughout (as in SAMHSA's and 988's Spanish materials),
// "su ser querido" or "esa persona" for a loved one (neutral in gender), short sentences,
// everyday words: "dejar de tomar o de consumir" (never "dejar de usar"), "los síntomas al
// dejarlo" or "síndrome de abstinencia" (never a bare "abstinencia"), "consejero o consejera".
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
const VETERANS_TEXT = contact(LINES.veteransText, 'Personas veteranas: envíe un mensaje al 838255');
const ASL_988 = contact(LINES.asl988, 'Personas sordas o con pérdida auditiva: ASL Now en 988lifeline.org');
const DV_HOTLINE = contact(LINES.domesticViolence, 'Línea Nacional contra la Violencia Doméstica');
const DV_TTY = contact(LINES.domesticViolenceTty, 'TTY');
const DV_TEXT = contact(LINES.domesticViolenceText, 'Envíe START al 88788', 'START');
const CALL_211 = contact(LINES.call211, 'Llame al 211');
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
      'Sus respuestas se quedan en este dispositivo. No se envían a nadie.',
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
        self: '¿Le pasa alguna de estas cosas ahora mismo?',
        'loved-one': '¿A su ser querido le pasa alguna de estas cosas ahora mismo?',
      },
      hint: '¿No sabe si es una emergencia? Llame al 911. Si hay pensamientos de suicidio o de hacerle daño a alguien, llame o envíe un mensaje al 988.',
      hintContacts: [CALL_911, CALL_988, TEXT_988],
      options: {
        overdose:
          'Una posible sobredosis: no despierta, respira lento o no respira, tiene los labios o la punta de los dedos morados o grises, o le dieron naloxona (Narcan) en las últimas horas',
        'seizure-confusion':
          'Convulsiones, o mucha confusión, o ver u oír cosas que no están ahí, después de dejar de tomar o de consumir',
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
      legend: { self: '¿Cuántos años tiene?', 'loved-one': '¿Cuántos años tiene su ser querido?' },
      options: { adult: '18 años o más', 'under-18': 'Menos de 18 años', unsure: 'No sé' },
    },
    withdrawal: {
      legend: {
        self: '¿Le pasa alguna de estas cosas?',
        'loved-one': '¿A su ser querido le pasa alguna de estas cosas?',
      },
      hint: 'Así sabremos si necesita atención médica para dejarlo sin peligro.',
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
          self: 'Cuando lo dejé antes, tuve convulsiones, delirium tremens (DT: mucha confusión y temblores), o vi u oí cosas que no estaban ahí',
          'loved-one':
            'Cuando lo dejó antes, tuvo convulsiones, delirium tremens (DT: mucha confusión y temblores), o vio u oyó cosas que no estaban ahí',
        },
        'withdrawal-symptoms': {
          self: 'Cuando no tomo o no consumo, tiemblo, sudo, me siento mal o tengo mucha ansiedad',
          'loved-one': 'Cuando no toma o no consume, tiembla, suda, se siente mal o tiene mucha ansiedad',
        },
        pregnant: {
          self: 'Estoy embarazada o podría estarlo',
          'loved-one': 'Está embarazada o podría estarlo',
        },
        opioids: {
          self: 'Consumo opioides: heroína, fentanilo o pastillas para el dolor sin seguir la receta',
          'loved-one': 'Consume opioides: heroína, fentanilo o pastillas para el dolor sin seguir la receta',
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
        self: '¿Necesita ahora mismo que alguien esté con usted de día y de noche para estar a salvo o para dejarlo?',
        'loved-one':
          '¿Su ser querido necesita ahora mismo que alguien esté a su lado de día y de noche para estar a salvo o para dejarlo?',
      },
      options: { yes: 'Sí', unsure: 'No sé', no: 'No' },
    },
    'tried-before': {
      legend: {
        self: '¿Ha ido antes a consejería o a tratamiento ambulatorio y siguió consumiendo?',
        'loved-one': '¿Su ser querido ha ido antes a consejería o a tratamiento ambulatorio y siguió consumiendo?',
      },
      options: { yes: 'Sí', no: 'No', unsure: 'No sé' },
    },
    home: {
      legend: {
        self: '¿Su casa es un lugar seguro y estable para recuperarse?',
        'loved-one': '¿La casa de su ser querido es un lugar seguro y estable para recuperarse?',
      },
      options: {
        stable: 'Sí, es segura y estable',
        mixed: 'Más o menos: otras personas toman alcohol o consumen drogas ahí, o hay muchos conflictos',
        unsafe: 'No: no es segura, o no hay un lugar fijo donde vivir',
      },
    },
    'sober-living': {
      legend: {
        self: '¿Podría vivir en una casa de vida sobria durante el tratamiento?',
        'loved-one': '¿Su ser querido podría vivir en una casa de vida sobria durante el tratamiento?',
      },
      hint: 'Una casa de vida sobria es una casa compartida donde nadie toma alcohol ni consume drogas.',
      options: { yes: 'Sí', no: 'No', unsure: 'No sé' },
    },
    'mental-health': {
      legend: {
        self: '¿Algún problema de salud mental le hace muy difícil pasar el día?',
        'loved-one': '¿Algún problema de salud mental le hace muy difícil pasar el día a su ser querido?',
      },
      hint: 'Por ejemplo, depresión, ansiedad o un trauma. O escuchar voces, o tener el ánimo tan alto que deja de dormir.',
      options: { 'most-days': 'Sí, casi todos los días', sometimes: 'A veces', no: 'No' },
    },
    schedule: {
      legend: {
        self: '¿Cuánto tiempo podría dedicarle al tratamiento ahora?',
        'loved-one': '¿Cuánto tiempo podría dedicarle su ser querido al tratamiento ahora?',
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
      legend: '¿Su ser querido quiere ayuda ahora?',
      hint: 'Sea cual sea la respuesta, hay ayuda para su ser querido y para usted.',
      options: { yes: 'Sí', unsure: 'No sé', no: 'No' },
    },
  },

  result: {
    eyebrow: 'Un tipo de atención que puede servir',
    maybeEyebrow: 'Un tipo de atención que podría hacer falta',
    afterEyebrow: 'Después, un tipo de atención que puede servir',
    afterMaybeEyebrow: 'Después, un tipo de atención que podría hacer falta',
    levels: {
      residential: {
        name: 'Tratamiento residencial',
        meaning: {
          self: 'Viviría un tiempo en un centro de tratamiento, con apoyo de día y de noche. El equipo le ayuda con los síntomas al dejarlo, la consejería y el plan para después.',
          'loved-one':
            'Su ser querido viviría un tiempo en un centro de tratamiento, con apoyo de día y de noche. El equipo le ayuda con los síntomas al dejarlo, la consejería y el plan para después.',
        },
      },
      iop: {
        name: 'Programa ambulatorio intensivo (IOP)',
        meaning: {
          self: 'Iría a un programa unas horas al día, de 3 a 5 días por semana, y viviría en su casa o en una casa de vida sobria. Incluye terapia individual, consejería en grupo y clases sobre la recuperación.',
          'loved-one':
            'Su ser querido iría a un programa unas horas al día, de 3 a 5 días por semana, y viviría en su casa o en una casa de vida sobria. Incluye terapia individual, consejería en grupo y clases sobre la recuperación.',
        },
      },
      outpatient: {
        name: 'Atención ambulatoria',
        meaning: {
          self: 'Se reuniría con un consejero o consejera más o menos 1 o 2 horas por semana, y seguiría con su trabajo, sus estudios y su casa.',
          'loved-one':
            'Su ser querido se reuniría con un consejero o consejera más o menos 1 o 2 horas por semana, y seguiría con su trabajo, sus estudios y su casa.',
        },
      },
    },
    soberLivingMeaning: {
      self: 'Iría a un programa unas horas al día, de 3 a 5 días por semana, y viviría en una casa de vida sobria. Incluye terapia individual, consejería en grupo y clases sobre la recuperación.',
      'loved-one':
        'Su ser querido iría a un programa unas horas al día, de 3 a 5 días por semana, y viviría en una casa de vida sobria. Incluye terapia individual, consejería en grupo y clases sobre la recuperación.',
    },
    whyHeading: 'Por qué sugerimos esto',
    notesHeading: 'Es bueno saber',
    notADiagnosis:
      'Esto no es un diagnóstico. Es una sugerencia para hablar con un profesional, que verá la situación completa.',
    changeAnswers: 'Cambiar mis respuestas',
  },

  reasons: {
    'needs-24-7':
      'Cuando alguien necesita personas cerca todo el tiempo para estar a salvo, lo mejor es atención con apoyo de día y de noche.',
    'home-unsafe-no-sober-living':
      'Sin un lugar seguro donde vivir, lo más seguro para empezar es un programa donde se vive y se recibe atención en el mismo lugar.',
    'unsure-with-risk':
      'Podría hacer falta atención de día y de noche. Un consejero o consejera puede ayudar a elegir entre el tratamiento residencial y un programa ambulatorio intensivo.',
    'home-unsafe-sober-living':
      'Una casa de vida sobria da un lugar seguro para vivir mientras se va a un programa durante el día.',
    'tried-before': 'Cuando la consejería sola no ayudó, más horas de apoyo cada semana pueden ayudar.',
    'home-mixed': 'Cuando la situación en casa es difícil, más horas de apoyo cada semana pueden ayudar.',
    'unsure-or-mental-health': 'Más horas de apoyo cada semana pueden ayudar mientras las cosas están difíciles.',
    stable:
      'Con una casa estable y sin necesidad de apoyo de día y de noche, una atención que se adapta a la vida diaria puede funcionar.',
  },

  because: {
    support: {
      yes: {
        self: 'Usted dijo que necesita a alguien con usted de día y de noche ahora mismo.',
        'loved-one': 'Usted dijo que su ser querido necesita a alguien a su lado de día y de noche ahora mismo.',
      },
      unsure: {
        self: 'Usted no sabía si necesita a alguien con usted de día y de noche.',
        'loved-one': 'Usted no sabía si su ser querido necesita a alguien a su lado de día y de noche.',
      },
      no: {
        self: 'Usted dijo que no necesita a alguien con usted de día y de noche.',
        'loved-one': 'Usted dijo que su ser querido no necesita a alguien a su lado de día y de noche.',
      },
    },
    'tried-before': {
      yes: {
        self: 'Usted dijo que ya fue a consejería o a tratamiento y siguió consumiendo.',
        'loved-one': 'Usted dijo que su ser querido ya fue a consejería o a tratamiento y siguió consumiendo.',
      },
    },
    home: {
      stable: {
        self: 'Usted dijo que su casa es un lugar seguro y estable.',
        'loved-one': 'Usted dijo que la casa de su ser querido es un lugar seguro y estable.',
      },
      mixed: {
        self: 'Usted dijo que en su casa otras personas toman alcohol o consumen drogas, o que hay muchos conflictos.',
        'loved-one':
          'Usted dijo que donde vive su ser querido otras personas toman alcohol o consumen drogas, o que hay muchos conflictos.',
      },
      unsafe: {
        self: 'Usted dijo que su casa no es un lugar seguro o estable ahora.',
        'loved-one': 'Usted dijo que la casa de su ser querido no es un lugar seguro o estable ahora.',
      },
    },
    'sober-living': {
      yes: {
        self: 'Usted dijo que podría vivir en una casa de vida sobria.',
        'loved-one': 'Usted dijo que su ser querido podría vivir en una casa de vida sobria.',
      },
      no: {
        self: 'Usted dijo que vivir en una casa de vida sobria no sería posible.',
        'loved-one': 'Usted dijo que vivir en una casa de vida sobria no sería posible para su ser querido.',
      },
      unsure: {
        self: 'Usted no sabía si podría vivir en una casa de vida sobria.',
        'loved-one': 'Usted no sabía si su ser querido podría vivir en una casa de vida sobria.',
      },
    },
    'mental-health': {
      'most-days': {
        self: 'Usted dijo que un problema de salud mental le hace muy difíciles casi todos los días.',
        'loved-one':
          'Usted dijo que un problema de salud mental le hace muy difíciles casi todos los días a su ser querido.',
      },
    },
  },

  notes: {
    'withdrawal-high': {
      title: 'Primero: dejarlo sin peligro, con atención médica',
      variants: {
        'medical-detox': {
          title: 'Primero: busque hoy atención médica para los síntomas al dejarlo',
          text: {
            self: 'No lo deje de golpe sin ayuda. El síndrome de abstinencia puede causar convulsiones o delirium tremens, y puede ser mortal. La desintoxicación médica lo hace sin peligro: el personal médico le cuida y le da medicinas mientras su cuerpo se acostumbra.',
            'loved-one':
              'Su ser querido no debe dejarlo de golpe sin ayuda. El síndrome de abstinencia puede causar convulsiones o delirium tremens, y puede ser mortal. La desintoxicación médica lo hace sin peligro: el personal médico le cuida y le da medicinas mientras su cuerpo se acostumbra.',
          },
        },
        taper: {
          title: 'Primero: no lo deje ni lo baje de golpe',
          text: {
            self: 'Dejar de golpe las benzodiacepinas o las pastillas para dormir puede causar convulsiones. Hable primero con el médico que se las receta, o con nosotros. Lo seguro es bajarlas poco a poco, con un plan. Si ya se le acabaron o ya las dejó, llame hoy.',
            'loved-one':
              'Dejar de golpe las benzodiacepinas o las pastillas para dormir puede causar convulsiones. Hablen primero con el médico que se las receta, o con nosotros. Lo seguro es bajarlas poco a poco, con un plan. Si ya se le acabaron o ya las dejó, llame hoy.',
          },
        },
      },
      parts: {
        'detox-here': { text: 'Ofrecemos desintoxicación médica. Llámenos hoy.' },
        'detox-elsewhere': {
          text: 'Llámenos o llame a un médico hoy. Le ayudamos a encontrar desintoxicación médica.',
        },
        opioids: {
          text: 'Pregunte ahí por la buprenorfina o la metadona. Dejar los opioides sin ellas aumenta el riesgo de sobredosis.',
        },
        'if-no-answer': {
          text: '¿No tiene médico y nadie contesta? Vaya hoy a una sala de emergencias. Si hay confusión, convulsiones, o ve u oye cosas que no están ahí, llame al 911.',
          contacts: [CALL_911],
        },
      },
    },
    'withdrawal-check': {
      title: 'Busque una evaluación médica antes de dejarlo',
      text: 'Hable con un médico o con personal de enfermería antes de dejar de tomar o de consumir. Los síntomas al dejarlo pueden ser duros para el cuerpo, y el personal médico puede hacerlo más seguro.',
    },
    'pregnancy-opioids': {
      title: 'Primero: no deje los opioides de golpe durante el embarazo',
      variants: {
        'after-withdrawal': { title: 'También hoy: no deje los opioides de golpe durante el embarazo' },
      },
      text: 'Dejarlos de golpe aumenta el riesgo de volver a consumir y de tener una sobredosis. La buprenorfina o la metadona es la atención que se recomienda en el embarazo. Es más segura para la persona embarazada y el bebé que dejarlos de golpe. Llámenos hoy, o llame a un médico o a quien lleva el control del embarazo. Si no tiene a quién llamar, vaya a una sala de emergencias.',
    },
    pregnancy: {
      title: 'Cuéntenos del embarazo',
      text: 'Cuéntenos del embarazo, y también a un médico o a quien lleva el control del embarazo. Así la atención será segura para la persona embarazada y el bebé.',
    },
    naloxone: {
      title: 'Tenga naloxona cerca',
      text: {
        self: 'Tenga naloxona (Narcan) a la mano. Se vende sin receta. Las pastillas o los polvos que no vienen de una farmacia pueden tener fentanilo. Después de un tiempo sin consumir opioides, el riesgo de sobredosis es mayor. Muestre a las personas cercanas dónde está y cómo se usa, y trate de no consumir a solas.',
        'loved-one':
          'Tenga naloxona (Narcan) a la mano. Se vende sin receta. Las pastillas o los polvos que no vienen de una farmacia pueden tener fentanilo. Después de un tiempo sin consumir opioides, el riesgo de sobredosis es mayor.',
      },
    },
    'medications-opioids': {
      title: 'Pregunte por las medicinas para los opioides',
      text: 'Medicinas como la buprenorfina y la metadona ayudan a dejar los opioides. También bajan el riesgo de morir por una sobredosis. Pregunte en cualquier programa si las ofrece.',
    },
    'medications-alcohol': {
      title: 'Pregunte por las medicinas para el alcohol',
      variants: {
        named: {
          text: 'Medicinas como la naltrexona y el acamprosato ayudan a tomar menos alcohol o a dejarlo. Pregunte por ellas.',
        },
        'doctor-checks': {
          text: 'Hay medicinas que ayudan a tomar menos alcohol o a dejarlo. Un médico verá cuál es segura. Algunas no se pueden tomar con opioides ni durante el embarazo.',
        },
      },
    },
    'home-safety': {
      title: 'Si alguien en casa le hace daño',
      text: {
        self: 'Si alguien le hace daño, le amenaza o le controla, llame a la Línea Nacional contra la Violencia Doméstica. Es gratis y confidencial, de día y de noche, en español.',
        'loved-one':
          'Si alguien le hace daño, amenaza o controla a su ser querido, la Línea Nacional contra la Violencia Doméstica puede ayudar. Es gratis y confidencial, de día y de noche, en español.',
      },
      contacts: [DV_HOTLINE, DV_TTY, DV_TEXT],
      parts: {
        'no-safe-place': {
          text: '¿No tiene un lugar seguro donde pasar la noche? Llame al 211.',
          contacts: [CALL_211],
        },
      },
    },
    teen: {
      title: 'Atención para jóvenes',
      text: 'Los programas para jóvenes son distintos a los de adultos y muchas veces incluyen a la familia. Llámenos para hablar de opciones para adolescentes.',
    },
    'co-occurring': {
      title: 'Atención también para la salud mental',
      text: 'Busque atención que trate la salud mental al mismo tiempo. Pregunte por eso cuando llame.',
    },
    'family-support': {
      title: 'Busque ayuda para su familia desde ahora',
      text: 'Hay ayuda para usted y su familia, aunque su ser querido todavía no esté listo o lista. La Línea Nacional de Ayuda de SAMHSA es gratis, confidencial y atiende de día y de noche, en español y en inglés.',
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

  guides: {
    'overdose-first-aid': {
      title: 'Si puede ser una sobredosis',
      steps: [
        'Llame al 911.',
        'Si hay naloxona (Narcan), désela: rocíela en un lado de la nariz.',
        'Si no respira, o casi no respira, haga lo que le diga la persona del 911. Puede ser darle respiración o presionar el pecho.',
        '¿No responde en 2 o 3 minutos? Dele otra dosis con un aerosol nuevo, en el otro lado de la nariz. Siga dando una cada 2 o 3 minutos hasta que despierte o llegue la ayuda.',
        'Cuando respire por su cuenta, acuéstela de lado.',
        'Quédese a su lado. La naloxona puede dejar de hacer efecto antes que las drogas, así que necesita ver a un médico aunque despierte.',
        'En la mayoría de los estados, hay leyes que protegen de algunos cargos por drogas a quien llama al 911 por una sobredosis.',
      ],
    },
    'seizure-first-aid': {
      title: 'Si hay convulsiones',
      steps: [
        'Aleje las cosas duras o filosas.',
        'Ponga algo suave debajo de su cabeza.',
        'No la sujete. No le ponga nada en la boca.',
        'Cuando paren los movimientos, póngala de lado.',
        'Fíjese cuánto tiempo duró, para decírselo al equipo del 911.',
        'Quédese a su lado hasta que esté bien despierta.',
      ],
    },
    'get-safe': {
      title: 'Póngase a salvo',
      steps: [
        'Si el peligro es otra persona, vaya a un lugar seguro lejos de ella, si puede.',
        'Si alguien se hizo daño, quédese a su lado si es seguro. Aleje las armas, las pastillas y los cuchillos.',
        'Dígale al 911 qué usó para hacerse daño.',
      ],
    },
    'wait-for-help': {
      title: 'Mientras llega la ayuda',
      steps: [
        'Quédese con la persona si es seguro.',
        'Quite el seguro de la puerta para que la ayuda pueda entrar.',
        'Tenga a mano sus medicinas o los frascos de pastillas para mostrarlos.',
      ],
    },
    'crisis-safety': {
      title: 'Manténgase a salvo ahora',
      steps: [
        {
          self: 'Quédese con alguien de confianza, si es seguro.',
          'loved-one': 'Quédese con su ser querido, o con alguien de confianza, si es seguro.',
        },
        'Pida a alguien de confianza que saque las armas de la casa por ahora. O que las guarde bajo llave, descargadas y con las balas aparte.',
        'Guarde bajo llave o saque las pastillas, el alcohol y las drogas. Guarde los cuchillos.',
      ],
    },
  },

  summary: {
    open: 'Antes de llamar',
    intro:
      'Puede leer esto en la llamada. Cópielo o guárdelo solo si quiere: se queda en este dispositivo y va solo a donde usted lo pegue o lo guarde.',
    forWhom: { self: 'Busco ayuda para mí.', 'loved-one': 'Busco ayuda para un ser querido.' },
    suggested: (care: string) => `La guía sugirió: ${care}.`,
    mattered: 'Lo que conté en la guía:',
    ask: 'Preguntas que quiero hacer:',
    questions: {
      'withdrawal-high': '¿Ofrecen desintoxicación médica, o me pueden ayudar a encontrarla hoy?',
      'pregnancy-opioids': '¿Me pueden ayudar a recibir buprenorfina o metadona durante el embarazo?',
      'medications-opioids': '¿Ofrecen buprenorfina o metadona?',
      'medications-alcohol': '¿Ofrecen medicinas para el alcohol?',
      teen: '¿Tienen un programa para adolescentes?',
      'co-occurring': '¿Tratan también la salud mental?',
    },
    cost: '¿Cuánto costará, y aceptan mi seguro médico?',
    copy: 'Copiar el texto (va solo a donde usted lo pegue)',
    copied: 'Copiado. Va solo a donde usted lo pegue.',
    copyRefused: 'Este navegador no permitió copiar. El texto está seleccionado para que usted lo copie.',
    save: 'Guardar como archivo de texto en este dispositivo',
    saved: 'Guardado como archivo de texto en este dispositivo.',
    fileName: 'antes-de-llamar.txt',
  },

  call: {
    heading: 'Hable con una persona que le puede ayudar',
    clinic: (clinicName: string | null) => (clinicName ? `Llamar a ${clinicName}` : 'Llámenos'),
    clinicWithdrawal: (clinicName: string | null) =>
      clinicName ? `Llamar a ${clinicName} para dejarlo de forma segura` : 'Llámenos para dejarlo de forma segura',
    clinicLater: (clinicName: string | null) =>
      clinicName ? `Cuando todos estén a salvo, llame a ${clinicName}` : 'Cuando todos estén a salvo, llámenos',
    whatHappens:
      'Alguien de nuestro equipo le escuchará, le hará unas preguntas, le hablará de opciones y costos, y le ayudará con el siguiente paso. No tiene que decidir nada en la llamada.',
    afterHours: 'Si nadie contesta, deje un mensaje.',
    anyHour:
      'Para buscar tratamiento a cualquier hora, llame a la Línea Nacional de Ayuda de SAMHSA. Le dan referencias, no consejería.',
    anyHourHelpline: SAMHSA,
    inCrisis: 'En una crisis, llame o envíe un mensaje al 988.',
    call988: CALL_988,
    text988: TEXT_988,
    helpline: SAMHSA,
    helplineNote: 'Gratis, confidencial y abierta de día y de noche, en español y en inglés.',
  },

  emergency: {
    heading: 'Llame al 911 ahora',
    text: {
      self: 'Lo que describió puede poner la vida en peligro. La ayuda de emergencia es la forma más rápida de estar a salvo.',
      'loved-one':
        'Lo que describió puede poner la vida en peligro. La ayuda de emergencia es la forma más rápida de proteger a su ser querido.',
    },
    call911: CALL_911,
    poisonHelp: POISON_HELP,
    poisonHelpNote: 'Para preguntas sobre una droga o un veneno, llame a Control de Envenenamientos.',
    thenCrisis:
      'Si hay pensamientos de suicidio o una crisis de salud mental, también puede llamar o enviar un mensaje al 988.',
    call988: CALL_988,
    text988: TEXT_988,
  },

  crisis: {
    heading: 'Llame o envíe un mensaje al 988 ahora',
    text: {
      self: 'No tiene que pasar por esto sin apoyo. El 988 es gratis y confidencial, y una persona capacitada atiende de día y de noche, en español. Puede llamar o enviar un mensaje.',
      'loved-one':
        'No tiene que pasar por esto sin apoyo. El 988 es gratis y confidencial, y una persona capacitada atiende de día y de noche, en español. Puede llamar o escribir, junto con su ser querido o en su nombre.',
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
    // Each group: a heading, its links, and a line under them; in the order shown.
    groups: [
      {
        heading: 'Línea 988 de Prevención del Suicidio y Crisis: llame o envíe un mensaje',
        contacts: [CALL_988, TEXT_988, CHAT_988, VETERANS_TEXT, ASL_988],
        note: 'Personas veteranas: llame al 988 y oprima 1, o envíe un mensaje al 838255.',
      },
      { heading: 'Crisis Text Line, en español', contacts: [CRISIS_TEXT_LINE] },
      {
        heading: 'Línea Nacional de Ayuda de SAMHSA: gratis, de día y de noche, en español y en inglés',
        contacts: [SAMHSA, SAMHSA_TTY],
      },
      { contacts: [POISON_HELP] },
      {
        heading: 'Si alguien le hace daño, le amenaza o le controla: Línea Nacional contra la Violencia Doméstica',
        contacts: [DV_HOTLINE, DV_TTY, DV_TEXT],
      },
      { heading: 'Un lugar seguro para pasar la noche, u otra ayuda local', contacts: [CALL_211] },
      // Para quien lee en inglés: las mismas líneas, en inglés.
      {
        lang: 'en',
        heading: 'In English',
        contacts: [
          inLanguage('en', contact(LINES.call988, 'Call 988')),
          inLanguage('en', contact(LINES.text988, 'Text 988')),
          inLanguage('en', contact(LINES.crisisTextLine, 'Text HOME to 741741', 'HOME')),
        ],
      },
    ],
  },
};
