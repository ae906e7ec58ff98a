/**
 * Messages of the model's cells on the "Customer predictions" sheet (the named range
 * RETENTION_MODEL that P_ALIVE, EXPECTED_PURCHASES and PREDICTED_CLV take, so a refit recalculates them).
 */
import type { Messages } from './types';

const en = {
  'model.horizon': 'horizon (months)',
  'model.discount': 'monthly discount',
  'model.period': 'period',
  'model.formula': 'Formulas that follow every new fit pass the model cells RETENTION_MODEL (M6:W6), e.g. {formula}.',
  'model.badRange':
    'Function {fn} parameter {index} ({name}): the cells do not hold a fitted model (r, α, a, b, p, q, γ, t, horizon, discount, "week" or "day"). Run "Customer value" in the sidebar again.',
};

export const modelRange: Messages<typeof en> = {
  en,
  pl: {
    'model.horizon': 'horyzont (miesiące)',
    'model.discount': 'dyskonto miesięczne',
    'model.period': 'okres',
    'model.formula': 'Formuły, które podążają za każdym nowym dopasowaniem, przekazują komórki modelu RETENTION_MODEL (M6:W6), np. {formula}.',
    'model.badRange':
      'Parametr {index} ({name}) funkcji {fn}: komórki nie zawierają dopasowanego modelu (r, α, a, b, p, q, γ, t, horyzont, dyskonto, „week” lub „day”). Uruchom ponownie „Wartość klienta” na pasku bocznym.',
  },
  ru: {
    'model.horizon': 'горизонт (месяцы)',
    'model.discount': 'месячная ставка дисконтирования',
    'model.period': 'период',
    'model.formula': 'Формулы, которые следуют за каждой новой подгонкой, передают ячейки модели RETENTION_MODEL (M6:W6), например {formula}.',
    'model.badRange':
      'Функция {fn}, параметр {index} ({name}): в ячейках нет подогнанной модели (r, α, a, b, p, q, γ, t, горизонт, дисконт, «week» или «day»). Запустите «Ценность клиента» на боковой панели ещё раз.',
  },
  ro: {
    'model.horizon': 'orizont (luni)',
    'model.discount': 'actualizare lunară',
    'model.period': 'perioadă',
    'model.formula': 'Formulele care urmează fiecare nouă potrivire transmit celulele modelului RETENTION_MODEL (M6:W6), de ex. {formula}.',
    'model.badRange':
      'Funcția {fn}, parametrul {index} ({name}): celulele nu conțin un model potrivit (r, α, a, b, p, q, γ, t, orizont, actualizare, „week” sau „day”). Rulați din nou „Valoarea clientului” din bara laterală.',
  },
  da: {
    'model.horizon': 'horisont (måneder)',
    'model.discount': 'månedlig diskonto',
    'model.period': 'periode',
    'model.formula': 'Formler, der følger hver ny tilpasning, giver modellens celler RETENTION_MODEL (M6:W6) med, f.eks. {formula}.',
    'model.badRange':
      'Funktionen {fn} parameter {index} ({name}): cellerne indeholder ikke en tilpasset model (r, α, a, b, p, q, γ, t, horisont, diskonto, "week" eller "day"). Kør "Kundeværdi" i sidepanelet igen.',
  },
};
