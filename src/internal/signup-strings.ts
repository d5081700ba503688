import type { FailureReason } from '../alert-signup/signup-request.js';
import { forLanguage } from './language.js';

/** The words `<alert-signup>` shows, in one language. */
export interface SignupStrings {
  heading: string;
  email: string;
  category: string;
  subscribe: string;
  subscribing: string;
  emailMissing: string;
  emailInvalid: string;
  consentMissing: string;
  pending: string;
  subscribed: string;
  remembered: string;
  anotherAddress: string;
  failure: (reason: FailureReason, detail: { status?: number; retryAfterSeconds?: number }) => string;
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

const en: SignupStrings = {
  heading: 'Get new articles by email',
  email: 'Email address',
  category: 'Category',
  subscribe: 'Subscribe',
  subscribing: 'Subscribing…',
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter a valid email address, like name@example.com.',
  consentMissing: 'Tick the box to agree before subscribing.',
  pending: 'Almost done: check your inbox and confirm your address.',
  subscribed: 'You’re subscribed. Thank you!',
  remembered: 'You’re subscribed to these emails on this device.',
  anotherAddress: 'Subscribe another address',
  failure: (reason, { retryAfterSeconds }) =>
    ({
      refused: 'The subscription was not accepted. Please check your details.',
      'rate-limited':
        retryAfterSeconds === undefined
          ? 'Too many attempts. Please wait a moment and try again.'
          : `Too many attempts. Please wait ${minutes(retryAfterSeconds) === 1 ? 'a minute' : `${minutes(retryAfterSeconds)} minutes`} and try again.`,
      unavailable: 'The service is unavailable right now. Your details are kept: please try again.',
      'not-json': 'The service sent a reply we could not read. Please try again later.',
      unreachable: 'Could not reach the service. Check your connection and try again.',
      slow: 'The service took too long to answer. Please try again.',
    })[reason],
};

const fr: SignupStrings = {
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
};

const de: SignupStrings = {
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
};

const byLanguage: Record<string, SignupStrings> & { en: SignupStrings } = { en, fr, de };

export const signupStringsFor = (language: string | undefined): SignupStrings => forLanguage(byLanguage, language);
