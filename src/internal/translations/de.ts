import type { UiStrings } from '../strings.js';
import type { IndexStrings } from '../index-strings.js';
import { minutes, type SignupStrings } from '../signup-strings.js';

/** German. */
export const de = {
  term: {
    breadcrumb: 'Brotkrumen',
    seeAlso: 'Siehe auch',
    articlesAbout: 'Artikel über {term}',
    moreArticlesAbout: 'Weitere Artikel über {term}',
    readMore: 'Weiterlesen',
    readMoreAbout: 'über {term}',
    loading: 'Definition wird geladen…',
    notFound: '„{query}“ steht nicht in {glossary}.',
    didYouMean: 'Meinten Sie {suggestions}?',
    loadFailed: 'Diese Definition konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
  } satisfies UiStrings,
  index: {
    letters: 'Buchstaben',
    otherLetter: 'Ziffern und Zeichen',
    search: 'Glossar durchsuchen',
    placeholder: 'Begriffe suchen',
    found: (count, n) => (count === 1 ? '1 Begriff gefunden' : `${n} Begriffe gefunden`),
    none: (query) => `Kein Begriff passt zu „${query}“.`,
    noneUnder: (letter) => `Keine Begriffe unter ${letter}.`,
    clear: 'Suche löschen',
    via: 'auch',
    more: (shown, total) => `Mehr zeigen (${shown} von ${total})`,
    empty: 'Dieses Glossar enthält noch keine Begriffe.',
    loading: 'Glossar wird geladen…',
    loadFailed: 'Das Glossar konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
  } satisfies IndexStrings,
  signup: {
    heading: 'Neue Artikel per E-Mail erhalten',
    email: 'E-Mail-Adresse',
    category: 'Kategorie',
    subscribe: 'Abonnieren',
    subscribing: 'Wird abonniert…',
    emailMissing: 'Geben Sie Ihre E-Mail-Adresse ein.',
    emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein, etwa name@beispiel.de.',
    consentMissing: 'Bitte stimmen Sie mit dem Häkchen zu, bevor Sie abonnieren.',
    pending: 'Fast geschafft: Prüfen Sie Ihr Postfach und bestätigen Sie Ihre Adresse.',
    subscribed: 'Sie haben abonniert. Danke!',
    remembered: 'Sie haben diese E-Mails auf diesem Gerät abonniert.',
    anotherAddress: 'Weitere Adresse abonnieren',
    failure: (reason, { retryAfterSeconds }) =>
      ({
        refused: 'Das Abonnement wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.',
        'rate-limited':
          retryAfterSeconds === undefined
            ? 'Zu viele Versuche. Bitte warten Sie kurz und versuchen Sie es erneut.'
            : `Zu viele Versuche. Bitte warten Sie ${minutes(retryAfterSeconds)} Min. und versuchen Sie es erneut.`,
        unavailable: 'Der Dienst ist gerade nicht erreichbar. Ihre Angaben bleiben erhalten: bitte erneut versuchen.',
        'not-json': 'Der Dienst hat unverständlich geantwortet. Bitte später erneut versuchen.',
        unreachable: 'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
        slow: 'Der Dienst hat zu lange gebraucht. Bitte erneut versuchen.',
      })[reason],
  } satisfies SignupStrings,
};
