import type { UiStrings } from '../strings.js';
import type { IndexStrings } from '../index-strings.js';
import { minutes, type SignupStrings } from '../signup-strings.js';

/** French. */
export const fr = {
  term: {
    breadcrumb: "Fil d'Ariane",
    seeAlso: 'Voir aussi',
    articlesAbout: 'Articles qui parlent de {term}',
    moreArticlesAbout: "Plus d'articles sur {term}",
    readMore: 'Lire la suite',
    readMoreAbout: 'sur {term}',
    loading: 'Chargement de la définition…',
    notFound: '« {query} » ne figure pas dans {glossary}.',
    didYouMean: 'Vouliez-vous dire {suggestions} ?',
    loadFailed: "Cette définition n'a pas pu être chargée.",
    retry: 'Réessayer',
  } satisfies UiStrings,
  index: {
    letters: 'Lettres',
    otherLetter: 'Chiffres et symboles',
    search: 'Rechercher dans le glossaire',
    placeholder: 'Rechercher un terme',
    found: (count, n) => (count <= 1 ? `${n} terme trouvé` : `${n} termes trouvés`),
    none: (query) => `Aucun terme ne correspond à « ${query} ».`,
    noneUnder: (letter) => `Aucun terme sous ${letter}.`,
    clear: 'Effacer la recherche',
    via: 'aussi',
    more: (shown, total) => `Afficher plus (${shown} sur ${total})`,
    empty: 'Ce glossaire ne contient encore aucun terme.',
    loading: 'Chargement du glossaire…',
    loadFailed: "Le glossaire n'a pas pu être chargé.",
    retry: 'Réessayer',
  } satisfies IndexStrings,
  signup: {
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
  } satisfies SignupStrings,
};
