import type { LanguageRules } from './rules';

export const portuguese: LanguageRules = {
  neverFinal: ['sr', 'sra', 'srs', 'sras', 'srta', 'dr', 'dra', 'drs', 'prof', 'profa', 'eng', 'gen', 'cel', 'ten', 'cap', 'av', 'pç', 'n', 'nº', 'n°', 'núm', 'pág', 'págs', 'p', 'pp', 'art', 'arts', 'vol', 'tel', 'fig', 'cf', 'ex', 'vs', 'dep', 'sen', 'pres'],
  mayEnd: ['eua', 'etc', 'sa', 'ltda', 'am', 'pm', 'inc', 'ltd', 'jr'],
  sentenceStarters: (
    'O A Os As Um Uma Uns Umas No Na Nos Nas Do Da Dos Das Em Por Para Com Sem Segundo Após Antes Desde Durante ' +
    'Este Esta Estes Estas Esse Essa Esses Essas Aquele Aquela Seu Sua Seus Suas Ele Ela Eles Elas Mas E Ou Porém ' +
    'Também Além Quando Enquanto Como Assim Já Hoje Ontem Amanhã Por Todos Todas Cada Alguns Muitos Não Se Há Foi É São'
  ).split(' '),
  boilerplate: [
    /^(leia|veja|ler|ver) (também|mais)\b/i,
    /^(notícias?|conteúdos?|artigos?) relacionad[oa]s?\b/i,
    /^(saiba mais|mais informações)\b/i,
    /\bnewsletter\b/i,
    /\bassine\b|\bassinatura\b|\binscreva[- ]se\b/i,
    /^(compartilhe|partilhe|compartilhar|partilhar|publicidade)\b/i,
    /^siga[- ]nos\b|^siga .{0,60} (no|na|em) (twitter|x|facebook|instagram|telegram|whatsapp|tiktok|youtube)\b/i,
    /^(foto|imagem|vídeo)\s*:/i,
  ],
  functionWords: (
    'o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para com sem sobre entre até desde ' +
    'e ou mas nem que quem qual cujo onde se não sim mais menos muito também já ainda sempre nunca este esta estes estas esse essa ' +
    'esses essas aquele aquela isso isto seu sua seus suas ele ela eles elas você vocês é são foi era eram ser estar está estão ' +
    'tem têm há todo toda todos todas outro outra outros outras cada mesmo mesma hoje ontem amanhã então depois antes assim ' +
    'quando enquanto como porque porém além segundo após durante ao aos à às'
  ).split(' '),
  nameConnectors: ['de', 'do', 'da', 'dos', 'das', 'para'],
  institutionConnectors: { and: ['e'], of: ['a'], ofThe: ['contra', 'sobre'] },
  termConnectors: ['de', 'do', 'da', 'ao', 'à', 'o', 'a', 'em'],
  placePrepositions: ['em', 'no', 'na', 'a', 'de', 'desde', 'para', 'entre', 'com', 'até'],
  titles: ['presidente', 'porta-voz', 'ministro', 'ministra', 'líder', 'chefe', 'primeiro-ministro', 'chanceler', 'general', 'secretário', 'secretária', 'embaixador', 'prefeito', 'presidente-executivo', 'dirigente', 'diretor', 'diretora', 'homólogo'],
  organisationNouns: 'agência empresa companhia farmacêutica laboratório multinacional consultora fabricante jornal revista portal canal emissora rádio rede plataforma aplicativo banco partido movimento organização coalizão sindicato guerrilha fundação associação clube equipe'.split(' '),
  placeNouns: 'província cidade município comuna departamento região localidade distrito bairro ilha'.split(' '),
  organisationWords: ['Ministério', 'Corte', 'Tribunal', 'Parlamento', 'Grupo', 'Conselho', 'Exército', 'Agência', 'Governo', 'Comissão', 'Partido', 'Banco', 'Fundo', 'Organização', 'União', 'Forças', 'Assembleia', 'Congresso', 'Senado', 'Câmara', 'Serviço', 'Instituto', 'Universidade', 'Coligação', 'Coalizão'],
  monthsLowercase: true,
  stateWords: ['República', 'Reino', 'Principado'],
  monthsAndDays: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'.split(' '),
};
