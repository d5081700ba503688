import type { GlossaryData, GlossaryTermData } from '../../src/index.js';

/** One term with a one-sentence definition; `aliases` only where given. */
const t = (id: string, term: string, definition: string, aliases?: string[]): GlossaryTermData => ({
  id,
  term,
  definition: `<p>${definition}</p>`,
  ...(aliases && { aliases }),
});

/** German: Ä, Ö and Ü file under A, O and U; "3D-Druck" under #. */
export const germanGlossary: GlossaryData = {
  title: 'Glossar für Selbstständige',
  language: 'de',
  terms: [
    t('3d-druck', '3D-Druck', 'Beim 3D-Druck wird ein Gegenstand Schicht für Schicht aus einem digitalen Modell aufgebaut.'),
    t('abmahnung', 'Abmahnung', 'Eine Abmahnung fordert förmlich dazu auf, ein bestimmtes Verhalten künftig zu unterlassen.'),
    t('angebot', 'Angebot', 'Ein Angebot nennt Leistung, Preis und Bedingungen, zu denen man einen Auftrag übernehmen würde.', ['Kostenvoranschlag']),
    t('aerger', 'Ärger', 'Ärger ist ein Gefühl von Unmut, etwa über eine Rechnung, die seit Wochen offen ist.'),
    t('auftrag', 'Auftrag', 'Ein Auftrag ist die Vereinbarung, eine bestimmte Leistung für einen Kunden zu erbringen.'),
    t('honorar', 'Honorar', 'Ein Honorar ist die Vergütung für eine freiberufliche Leistung.'),
    t('kleinunternehmer', 'Kleinunternehmer', 'Kleinunternehmer mit geringem Umsatz weisen nach § 19 UStG keine Umsatzsteuer auf ihren Rechnungen aus.'),
    t('oeffnungszeiten', 'Öffnungszeiten', 'Öffnungszeiten sind die Zeiten, zu denen ein Geschäft oder Büro für Kunden geöffnet ist.'),
    t('rechnung', 'Rechnung', 'Mit einer Rechnung wird eine erbrachte Leistung abgerechnet und die Zahlung verlangt.'),
    t('strasse', 'Straße', 'Straße und Hausnummer gehören zur vollständigen Anschrift, die auf einer Rechnung stehen muss.'),
    t('uebersetzung', 'Übersetzung', 'Eine Übersetzung überträgt einen Text schriftlich aus einer Sprache in eine andere.'),
    t('ueberweisung', 'Überweisung', 'Eine Überweisung ist eine bargeldlose Zahlung von einem Bankkonto auf ein anderes.'),
    t('umsatzsteuer', 'Umsatzsteuer', 'Die Umsatzsteuer wird auf Lieferungen und Leistungen erhoben und vom Unternehmen an das Finanzamt abgeführt.', ['Mehrwertsteuer', 'USt']),
    t('vertrag', 'Vertrag', 'Ein Vertrag ist eine rechtlich bindende Vereinbarung zwischen zwei oder mehr Parteien.'),
    t('zahlung', 'Zahlung', 'Mit einer Zahlung wird eine Geldschuld beglichen, zum Beispiel der Betrag einer Rechnung.'),
    t('zahlungsziel', 'Zahlungsziel', 'Das Zahlungsziel ist die Frist, bis zu der eine Rechnung bezahlt sein muss.'),
  ],
};

/** Swedish: Å, Ä and Ö are letters of their own, after Z. */
export const swedishGlossary: GlossaryData = {
  title: 'Ordlista för frilansare',
  language: 'sv',
  terms: [
    t('arvode', 'Arvode', 'Arvode är ersättningen för ett utfört uppdrag.'),
    t('avtal', 'Avtal', 'Ett avtal är en juridiskt bindande överenskommelse mellan två eller flera parter.', ['Kontrakt']),
    t('bokforing', 'Bokföring', 'Bokföring är den löpande registreringen av ett företags affärshändelser.'),
    t('drojsmalsranta', 'Dröjsmålsränta', 'Dröjsmålsränta är den ränta som får tas ut när en betalning görs för sent.'),
    t('f-skatt', 'F-skatt', 'Med godkännande för F-skatt betalar företagaren själv sin preliminära skatt och sina egenavgifter.'),
    t('faktura', 'Faktura', 'En faktura är en begäran om betalning för levererade varor eller tjänster.'),
    t('forskott', 'Förskott', 'Ett förskott är en del av betalningen som görs innan arbetet påbörjas.'),
    t('kund', 'Kund', 'En kund är den person eller organisation som köper en vara eller tjänst.'),
    t('moms', 'Moms', 'Moms är en skatt på försäljning av varor och tjänster som företaget lägger på priset och redovisar till Skatteverket.', ['Mervärdesskatt']),
    t('offert', 'Offert', 'En offert är ett skriftligt erbjudande med pris och villkor för ett uppdrag.'),
    t('uppdrag', 'Uppdrag', 'Ett uppdrag är ett arbete som utförs åt en kund enligt en överenskommelse.'),
    t('atagande', 'Åtagande', 'Ett åtagande är något som man har förbundit sig att göra.'),
    t('arsredovisning', 'Årsredovisning', 'En årsredovisning sammanfattar ett företags ekonomi och verksamhet under ett räkenskapsår.'),
    t('arende', 'Ärende', 'Ett ärende är en fråga eller uppgift som ska behandlas, till exempel en supportförfrågan.'),
    t('oppettider', 'Öppettider', 'Öppettider är de tider då en butik eller ett kontor håller öppet.'),
  ],
};

/** Russian: Cyrillic А–Я; "Ёмкость рынка" files under Е. */
export const russianGlossary: GlossaryData = {
  title: 'Словарь фрилансера',
  language: 'ru',
  terms: [
    t('avans', 'Аванс', 'Аванс — часть оплаты, которую заказчик вносит до начала работы.'),
    t('akt', 'Акт выполненных работ', 'Акт выполненных работ — документ, которым стороны подтверждают, что работа сделана и принята.'),
    t('brif', 'Бриф', 'Бриф — краткое задание, в котором заказчик описывает цели и требования проекта.'),
    t('dogovor', 'Договор', 'Договор — соглашение сторон об установлении, изменении или прекращении прав и обязанностей.', ['Контракт']),
    t('emkost-rynka', 'Ёмкость рынка', 'Ёмкость рынка — объём товаров или услуг, который рынок способен поглотить за определённый период.'),
    t('zakazchik', 'Заказчик', 'Заказчик — сторона, которая заказывает работу и оплачивает её.', ['Клиент']),
    t('ispolnitel', 'Исполнитель', 'Исполнитель — сторона, которая выполняет работу или оказывает услугу по договору.'),
    t('npd', 'Налог на профессиональный доход', 'Налог на профессиональный доход — специальный налоговый режим для самозанятых со ставкой 4 % или 6 %.', ['НПД']),
    t('neustoyka', 'Неустойка', 'Неустойка — денежная сумма, которую должник обязан уплатить при неисполнении или ненадлежащем исполнении обязательства.', ['Пеня', 'Штраф']),
    t('predoplata', 'Предоплата', 'Предоплата — оплата товара или услуги до их получения.'),
    t('rekvizity', 'Реквизиты', 'Реквизиты — сведения о компании или человеке, нужные для договора и оплаты: название, ИНН, банковский счёт.'),
    t('samozanyatyy', 'Самозанятый', 'Самозанятый — человек, который работает на себя без работодателя и платит налог на профессиональный доход.'),
    t('smeta', 'Смета', 'Смета — расчёт стоимости работ и материалов.'),
    t('schet', 'Счёт', 'Счёт — документ, в котором исполнитель указывает сумму к оплате и реквизиты для перевода.', ['Счёт на оплату']),
    t('yurist', 'Юрист', 'Юрист — специалист в области права, который консультирует и помогает составлять договоры.'),
  ],
};

/** Arabic, right to left: no fixed alphabet, so the bar holds the initials the terms have (أ and إ under ا). */
export const arabicIndexGlossary: GlossaryData = {
  title: 'مسرد العمل الحر',
  language: 'ar',
  terms: [
    t('hourly-rate', 'أجر بالساعة', 'الأجر بالساعة مبلغ ثابت يتقاضاه المستقل عن كل ساعة عمل.'),
    t('receipt', 'إيصال', 'الإيصال مستند يثبت استلام مبلغ من المال.'),
    t('deposit', 'دفعة مقدمة', 'الدفعة المقدمة جزء من الأجر يدفعه العميل قبل بدء العمل.', ['عربون']),
    t('vat', 'ضريبة القيمة المضافة', 'ضريبة القيمة المضافة ضريبة غير مباشرة تُفرض على السلع والخدمات في كل مرحلة من مراحل بيعها.'),
    t('quote', 'عرض سعر', 'عرض السعر وثيقة تبين تكلفة العمل وشروطه قبل الاتفاق عليه.'),
    t('contract', 'عقد', 'العقد اتفاق ملزم بين طرفين أو أكثر يحدد حقوق كل منهما والتزاماته.'),
    t('client', 'عميل', 'العميل هو الشخص أو الجهة التي تطلب الخدمة وتدفع ثمنها.', ['زبون']),
    t('invoice', 'فاتورة', 'الفاتورة مستند يطلب به مقدم الخدمة دفع ثمن ما قدمه.'),
    t('portfolio', 'محفظة أعمال', 'محفظة الأعمال مجموعة مختارة من أعمال المستقل السابقة يعرضها على العملاء.'),
    t('deadline', 'موعد التسليم', 'موعد التسليم هو التاريخ المتفق عليه لتسليم العمل.'),
    t('scope', 'نطاق العمل', 'نطاق العمل يحدد المهام والمخرجات التي يشملها المشروع.'),
  ],
};

/** A glossary with no terms yet. */
export const emptyGlossary: GlossaryData = { title: 'Empty', terms: [] };
