import { minutes } from './minutes.js';
import type { SignupStrings } from './words.js';

/** The words of `<alert-signup>` beyond English, loaded on first need (./words.ts lists the same languages). */
export const translations = {
  /** German. */
  de: {
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
  },
  /** French. */
  fr: {
    heading: 'Recevez les nouveaux articles par e-mail',
    email: 'Adresse e-mail',
    category: 'Catégorie',
    subscribe: "S'abonner",
    subscribing: 'Abonnement…',
    emailMissing: 'Saisissez votre adresse e-mail.',
    emailInvalid: 'Saisissez une adresse e-mail valide, comme nom@exemple.com.',
    consentMissing: "Cochez la case pour donner votre accord avant de vous abonner.",
    pending: 'Presque fini : vérifiez votre boîte de réception et confirmez votre adresse.',
    subscribed: 'Vous êtes abonné. Merci !',
    remembered: 'Vous êtes abonné à ces e-mails sur cet appareil.',
    anotherAddress: 'Abonner une autre adresse',
    failure: (reason, { retryAfterSeconds }) =>
      ({
        refused: "L'abonnement n'a pas été accepté. Vérifiez vos informations.",
        'rate-limited':
          retryAfterSeconds === undefined
            ? 'Trop de tentatives. Patientez un instant puis réessayez.'
            : `Trop de tentatives. Patientez ${minutes(retryAfterSeconds)} min puis réessayez.`,
        unavailable: 'Le service est indisponible pour le moment. Vos informations sont conservées : réessayez.',
        'not-json': 'Le service a envoyé une réponse illisible. Réessayez plus tard.',
        unreachable: 'Impossible de joindre le service. Vérifiez votre connexion et réessayez.',
        slow: 'Le service a mis trop de temps à répondre. Réessayez.',
      })[reason],
  },
} satisfies Record<string, SignupStrings>;
