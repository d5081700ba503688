import type { UiStrings } from '../strings.js';
import type { IndexStrings } from '../index-strings.js';

/** Spanish. */
export const es = {
  term: {
    breadcrumb: 'Ruta de navegación',
    seeAlso: 'Véase también',
    articlesAbout: 'Artículos que hablan de {term}',
    moreArticlesAbout: 'Más artículos sobre {term}',
    readMore: 'Leer más',
    readMoreAbout: 'sobre {term}',
    loading: 'Cargando la definición…',
    notFound: '«{query}» no está en {glossary}.',
    didYouMean: '¿Quisiste decir {suggestions}?',
    loadFailed: 'No se pudo cargar esta definición.',
    retry: 'Reintentar',
  } satisfies UiStrings,
  index: {
    letters: 'Letras',
    otherLetter: 'Cifras y símbolos',
    search: 'Buscar en el glosario',
    placeholder: 'Buscar términos',
    found: (count, n) => (count === 1 ? '1 término encontrado' : `${n} términos encontrados`),
    none: (query) => `Ningún término coincide con «${query}».`,
    noneUnder: (letter) => `No hay términos con la ${letter}.`,
    clear: 'Borrar la búsqueda',
    via: 'también',
    more: (shown, total) => `Mostrar más (${shown} de ${total})`,
    empty: 'Este glosario aún no tiene términos.',
    loading: 'Cargando el glosario…',
    loadFailed: 'No se pudo cargar el glosario.',
    retry: 'Reintentar',
  } satisfies IndexStrings,
};
