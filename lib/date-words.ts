// The words of date lines, one entry per language: labels ("Updated", "Veröffentlicht am"), relative times
// ("vor {n}" + units), month and weekday names, the words between a date and its time. Data only; lib/dates.ts
// reads lines with it. Month and weekday names are written out rather than taken from Intl, so every engine
// (and ICU build) reads alike and nothing loads locale data on first use.
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Language {
  /** Labels that open a date line, with the words that may tie them to it ("updated on"). */
  labels: string[];
  /** A past count of units; {n} stands for the count and the unit ("vor {n}" → "vor 5 Minuten"). */
  ago: string[];
  /** Words for a count of one ("an hour ago", "vor einer Stunde"). */
  one: string;
  /** The count may be left out, meaning one ("godzinę temu", "час назад", "منذ ساعة"). */
  bareIsOne?: boolean;
  units: Record<TimeUnit, string>;
  /** Unit words that carry their own count (Arabic duals: "ساعتين", two hours). */
  counted?: [string, TimeUnit, number][];
  /** "just now", "yesterday", "today" (today only with a clock time: "Today, 14:05"). */
  now: string;
  yesterday: string;
  today: string;
  /** Words between a date and its clock time ("at", "um", "à"). */
  at: string;
  /** The twelve months, comma-separated, each with its other forms and abbreviations (none: months are numbers). */
  months?: string;
  weekdays: string;
  /** Numeric d/m/y dates read day first (true) or month first (false); unknown for English (US and UK differ). */
  dayFirst?: boolean;
}

/** One entry per language. Regex sources in lower case; Arabic with a bare alef (the input is folded so). */
export const LANGUAGES: Record<string, Language> = {
  // "5 min ago", "an hour ago", "2h ago"; "Updated Apr 7, 2025, 3:34 p.m. UTC".
  en: {
    labels: ['last updated(?: on| at)?', 'updated(?: on| at)?', 'first published(?: on)?', 'originally published(?: on)?', 'published(?: on| at)?', 'posted(?: on| at)?', 'last modified(?: on)?', 'modified(?: on)?', 'date'],
    ago: ['{n} ago'], one: 'an?|one',
    units: { second: 'seconds?|secs?|s', minute: 'minutes?|mins?|m', hour: 'hours?|hrs?|h', day: 'days?|d', week: 'weeks?|wks?|w', month: 'months?|mos?', year: 'years?|yrs?|y' },
    now: 'just now|moments? ago|a few seconds ago', yesterday: 'yesterday', today: 'today', at: 'at|@',
    months: 'january|jan, february|feb, march|mar, april|apr, may, june|jun, july|jul, august|aug, september|sept|sep, october|oct, november|nov, december|dec',
    weekdays: 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun',
  },
  // "vor 5 Minuten", "vor einer Stunde", "gestern"; "Aktualisiert am 3. März 2025, 14:05 Uhr", "Stand: 03.03.2025".
  de: {
    labels: ['zuletzt aktualisiert(?: am)?', 'aktualisiert(?: am)?', 'letzte aktualisierung(?: am)?', 'veröffentlicht(?: am)?', 'veröffentlichung', 'erscheinungsdatum', 'publiziert(?: am)?', 'erstellt(?: am)?', 'erschienen(?: am)?', 'geändert(?: am)?', 'stand', 'datum'],
    ago: ['vor {n}'], one: 'eine[mr]?|ein',
    units: { second: 'sekunden?|sek\\.?', minute: 'minuten?|min\\.?', hour: 'stunden?|std\\.?', day: 'tagen?|tag', week: 'wochen?', month: 'monat(?:en)?', year: 'jahr(?:en)?' },
    now: 'gerade eben|soeben', yesterday: 'gestern', today: 'heute', at: 'um',
    months: 'januar|jänner|jan|jän, februar|feber|feb, märz|mär|mrz, april|apr, mai, juni|jun, juli|jul, august|aug, september|sept|sep, oktober|okt, november|nov, dezember|dez',
    weekdays: 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so', dayFirst: true,
  },
  // "il y a 2 h", "il y a une heure", "hier"; "Mis à jour le 7 avril 2025 à 15h34".
  fr: {
    labels: ['dernière mise à jour(?: le)?', 'mise? à jour(?: le)?', 'publiée?(?: le)?', 'modifiée?(?: le)?', 'postée?(?: le)?', 'date de publication', 'date', 'le'],
    ago: ['il y a {n}'], one: 'une?',
    units: { second: 'secondes?|sec\\.?|s', minute: 'minutes?|min\\.?|mn', hour: 'heures?|h', day: 'jours?|j', week: 'semaines?|sem\\.?', month: 'mois', year: 'ans?|années?' },
    now: "à l'instant|a l'instant", yesterday: 'hier', today: "aujourd'hui", at: 'à|a',
    months: 'janvier|janv, février|fevrier|févr|fevr, mars, avril|avr, mai, juin, juillet|juil, août|aout, septembre|sept, octobre|oct, novembre|nov, décembre|decembre|déc|dec',
    weekdays: 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim', dayFirst: true,
  },
  // "hace 3 días", "hace una hora", "ayer"; "Actualizado el 7 de abril de 2025".
  es: {
    labels: ['última actualización', 'actualizado(?: el| a las)?', 'publicado(?: el)?', 'modificado(?: el)?', 'fecha de publicación', 'fecha'],
    ago: ['hace {n}'], one: 'una?',
    units: { second: 'segundos?|seg\\.?', minute: 'minutos?|min\\.?', hour: 'horas?|hs?', day: 'días?|dias?', week: 'semanas?', month: 'meses|mes', year: 'años?' },
    now: 'ahora mismo|justo ahora|hace un momento|hace instantes', yesterday: 'ayer', today: 'hoy', at: 'a las?',
    months: 'enero|ene, febrero|feb, marzo|mar, abril|abr, mayo|may, junio|jun, julio|jul, agosto|ago, septiembre|setiembre|sept|sep|set, octubre|oct, noviembre|nov, diciembre|dic',
    weekdays: 'lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lun|mar|mié|mie|jue|vie|sáb|sab|dom', dayFirst: true,
  },
  // "2 ore fa", "un'ora fa", "ieri"; "Aggiornato il 7 aprile 2025 alle 15:34".
  it: {
    labels: ['ultimo aggiornamento', 'aggiornato(?: il| alle)?', 'pubblicato(?: il)?', 'modificato(?: il)?', 'data di pubblicazione', 'data'],
    ago: ['{n} fa'], one: "un'|una?",
    units: { second: 'secondi|secondo|sec\\.?', minute: 'minuti|minuto|min\\.?', hour: 'ore|ora|h', day: 'giorni|giorno|gg', week: 'settimane|settimana', month: 'mesi|mese', year: 'anni|anno' },
    now: 'poco fa|adesso', yesterday: 'ieri', today: 'oggi', at: 'alle(?: ore)?|ore',
    months: 'gennaio|gen, febbraio|feb, marzo|mar, aprile|apr, maggio|mag, giugno|giu, luglio|lug, agosto|ago, settembre|set, ottobre|ott, novembre|nov, dicembre|dic',
    weekdays: 'lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|lun|mar|mer|gio|ven|sab|dom', dayFirst: true,
  },
  // "há 2 horas", "2 horas atrás", "ontem"; "Atualizado em 07/04/2025 às 15h34".
  pt: {
    labels: ['última atualização', 'atualizad[oa](?: em| às)?', 'publicad[oa](?: em)?', 'postad[oa](?: em)?', 'data de publicação', 'data'],
    ago: ['há {n}', 'ha {n}', '{n} atrás'], one: 'uma?|um',
    units: { second: 'segundos?|seg\\.?', minute: 'minutos?|min\\.?', hour: 'horas?|h', day: 'dias?', week: 'semanas?', month: 'meses|mês', year: 'anos?' },
    now: 'agora mesmo|agora', yesterday: 'ontem', today: 'hoje', at: 'às|as',
    months: 'janeiro|jan, fevereiro|fev, março|marco|mar, abril|abr, maio|mai, junho|jun, julho|jul, agosto|ago, setembro|set, outubro|out, novembro|nov, dezembro|dez',
    weekdays: '(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|sabado|domingo|seg|ter|qua|qui|sex|sáb|sab|dom', dayFirst: true,
  },
  // "2 uur geleden", "een dag geleden", "gisteren"; "Bijgewerkt op 7 april 2025 om 15:34".
  nl: {
    labels: ['laatst bijgewerkt(?: op)?', 'bijgewerkt(?: op)?', 'gepubliceerd(?: op)?', 'geplaatst(?: op)?', 'aangepast(?: op)?', 'datum'],
    ago: ['{n} geleden'], one: 'een|één',
    units: { second: 'seconden?|sec\\.?', minute: 'minuten?|min\\.?', hour: 'uur|u', day: 'dagen|dag', week: 'weken|week', month: 'maanden|maand', year: 'jaren|jaar' },
    now: 'zojuist|zonet', yesterday: 'gisteren', today: 'vandaag', at: 'om',
    months: 'januari|jan, februari|feb, maart|mrt, april|apr, mei, juni|jun, juli|jul, augustus|aug, september|sept|sep, oktober|okt, november|nov, december|dec',
    weekdays: 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo', dayFirst: true,
  },
  // "2 godziny temu", "godzinę temu", "wczoraj"; "Aktualizacja: 7 kwietnia 2025, 15:34".
  pl: {
    labels: ['data publikacji', 'aktualizacja', 'zaktualizowano', 'opublikowano', 'dodano', 'data'],
    ago: ['{n} temu'], one: 'jedn[ąa]', bareIsOne: true,
    units: { second: 'sekund[ęy]?|sek\\.?', minute: 'minut[ęy]?|min\\.?', hour: 'godzin[ęy]?|godz\\.?', day: 'dni|dzień', week: 'tygodni(?:e)?|tydzień', month: 'miesiące|miesięcy|miesiąc', year: 'rok|lata|lat' },
    now: 'przed chwilą', yesterday: 'wczoraj', today: 'dzisiaj|dziś', at: 'o|godz\\.?',
    months: 'stycznia|styczeń|sty, lutego|luty|lut, marca|marzec|mar, kwietnia|kwiecień|kwi, maja|maj, czerwca|czerwiec|cze, lipca|lipiec|lip, sierpnia|sierpień|sie, września|wrzesień|wrz, października|październik|paź, listopada|listopad|lis, grudnia|grudzień|gru',
    weekdays: 'poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pon|wt|śr|czw|pt|sob|niedz|nd', dayFirst: true,
  },
  // "2 часа назад", "час назад", "вчера"; "Опубликовано: 7 апреля 2025 г., 15:34".
  ru: {
    labels: ['дата публикации', 'обновлено', 'опубликовано', 'обновлен[ао]?', 'опубликован[ао]?', 'дата'],
    ago: ['{n} назад'], one: 'одн[уа]|один', bareIsOne: true,
    units: { second: 'секунд[уы]?|сек\\.?', minute: 'минут[уы]?|мин\\.?', hour: 'час(?:а|ов)?|ч\\.?', day: 'дн(?:я|ей)|день|дн\\.?', week: 'недел[юиь]|нед\\.?', month: 'месяц(?:а|ев)?|мес\\.?', year: 'года?|лет' },
    now: 'только что', yesterday: 'вчера', today: 'сегодня', at: 'в',
    months: 'января|январь|янв, февраля|февраль|февр|фев, марта|март|мар, апреля|апрель|апр, мая|май, июня|июнь|июн, июля|июль|июл, августа|август|авг, сентября|сентябрь|сент|сен, октября|октябрь|окт, ноября|ноябрь|нояб|ноя, декабря|декабрь|дек',
    weekdays: 'понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс', dayFirst: true,
  },
  // Chinese, simplified and traditional: "2小时前", "3天前", "昨天"; "发布时间：2025-04-07 15:34".
  zh: {
    labels: ['发布时间', '發佈時間', '發布時間', '发布日期', '发布于', '發佈於', '发表于', '發表於', '更新时间', '更新時間', '更新于', '更新於', '时间', '時間', '日期'],
    ago: ['{n}前'], one: '一',
    units: { second: '秒钟?|秒鐘', minute: '分钟|分鐘', hour: '个?小时|個?小時', day: '天', week: '周|週|个?星期|個?星期', month: '个月|個月', year: '年' },
    now: '刚刚|剛剛|刚才|剛才', yesterday: '昨天', today: '今天', at: '',
    weekdays: '(?:星期|周|週)[一二三四五六日天]',
  },
  // Japanese: "3時間前", "5分前", "昨日"; "公開日：2025年4月7日 15:34".
  ja: {
    labels: ['最終更新日', '公開日', '更新日', '投稿日', '配信日', '掲載日', '公開', '更新', '配信'],
    ago: ['{n}前'], one: '一',
    units: { second: '秒', minute: '分', hour: '時間', day: '日', week: '週間', month: 'か月|ヶ月|カ月|ケ月', year: '年' },
    now: 'たった今', yesterday: '昨日', today: '今日', at: '',
    weekdays: '[月火水木金土日]曜日',
  },
  // Korean: "3시간 전", "5분 전", "어제"; "입력 2025.11.09 01:00", "2025년 11월 9일 오전 1:00" (the date read
  // as ymd, "오전"/"오후" before the clock time as a.m./p.m.).
  ko: {
    labels: ['기사입력', '최종수정', '최종 수정', '업데이트', '입력', '수정', '등록', '게시', '발행', '작성'],
    ago: ['{n}\\s?전'], one: '한',
    units: { second: '초', minute: '분', hour: '시간', day: '일', week: '주', month: '개월|달', year: '년' },
    now: '방금 전|방금', yesterday: '어제', today: '오늘', at: '',
    weekdays: '[월화수목금토일]요일',
  },
  // Arabic: "منذ 3 ساعات", "منذ ساعتين" (dual), "قبل يوم", "امس"; "تاريخ النشر: 7 ابريل 2025". Months in the
  // Egyptian/Gulf, Levantine and Maghreb names.
  ar: {
    labels: ['تاريخ النشر', 'اخر تحديث', 'تم النشر', 'تم التحديث', 'نشر في', 'نشر', 'تحديث'],
    ago: ['منذ {n}', 'قبل {n}'], one: 'واحدة?', bareIsOne: true,
    units: { second: 'ثوان[ٍي]?|ثانية', minute: 'دقائق|دقيقة', hour: 'ساعات|ساعة', day: 'ايام|يوم', week: 'اسابيع|اسبوع', month: 'اشهر|شهور|شهر', year: 'سنوات|سنة|اعوام|عام' },
    counted: [['دقيقتين|دقيقتان', 'minute', 2], ['ساعتين|ساعتان', 'hour', 2], ['يومين|يومان', 'day', 2], ['اسبوعين', 'week', 2], ['شهرين', 'month', 2], ['سنتين|عامين', 'year', 2]],
    now: 'الان|منذ قليل|قبل قليل|للتو', yesterday: 'امس|البارحة', today: 'اليوم', at: 'الساعة',
    months: 'يناير|كانون الثاني|جانفي, فبراير|شباط|فيفري, مارس|اذار, ابريل|نيسان|افريل, مايو|ايار|ماي, يونيو|يونيه|حزيران|جوان, يوليو|يوليه|تموز|جويلية, اغسطس|اب|اوت, سبتمبر|ايلول, اكتوبر|تشرين الاول, نوفمبر|تشرين الثاني, ديسمبر|كانون الاول',
    weekdays: 'الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة|السبت|الاحد', dayFirst: true,
  },
};

/** Zones with a fixed offset in minutes; "ET", "PT", "CT" (DST unknown), "CST" and "IST" (several zones) give a local time. */
export const ZONES: Record<string, number | null> = {
  utc: 0, gmt: 0, z: 0, cet: 60, mez: 60, cest: 120, mesz: 120, bst: 60, eet: 120, eest: 180, msk: 180,
  est: -300, edt: -240, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, jst: 540, kst: 540, hkt: 480, sgt: 480,
  et: null, pt: null, ct: null, cst: null, ist: null,
};
