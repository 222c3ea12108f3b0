import { region, type RegionZones } from './region';

// Brazilian states and Mexican states by their ISO 3166-2 codes, with their names. Most of each
// country keeps one time: only the states on another are listed with a zone of their own.

const BRT = 'America/Sao_Paulo';
const AMT = 'America/Manaus';
const br = (...names: string[]) => region(BRT, ...names);

export const BR_REGIONS: Record<string, RegionZones> = {
  AC: region('America/Rio_Branco', 'Acre'), AL: br('Alagoas'), AP: br('Amapá'),
  // Western Amazonas (Eirunepé) keeps Acre's time.
  AM: region([AMT, 'America/Rio_Branco'], 'Amazonas'),
  BA: br('Bahia'), CE: br('Ceará'), DF: br('Distrito Federal', 'Brasília'), ES: br('Espírito Santo'), GO: br('Goiás'),
  MA: br('Maranhão'), MT: region(AMT, 'Mato Grosso'), MS: region(AMT, 'Mato Grosso do Sul'), MG: br('Minas Gerais'), PA: br('Pará'),
  PB: br('Paraíba'), PR: br('Paraná'), PE: br('Pernambuco'), PI: br('Piauí'), RJ: br('Rio de Janeiro'), RN: br('Rio Grande do Norte'),
  RS: br('Rio Grande do Sul'), RO: region(AMT, 'Rondônia'), RR: region(AMT, 'Roraima'), SC: br('Santa Catarina'), SP: br('São Paulo'),
  SE: br('Sergipe'), TO: br('Tocantins'),
};

const CST = 'America/Mexico_City';
const MST = 'America/Mazatlan';
const mx = (...names: string[]) => region(CST, ...names);

export const MX_REGIONS: Record<string, RegionZones> = {
  AGU: mx('Aguascalientes'), BCN: region('America/Tijuana', 'Baja California'), BCS: region(MST, 'Baja California Sur'),
  CAM: mx('Campeche'), CHP: mx('Chiapas'), CHH: region(['America/Chihuahua', 'America/Ciudad_Juarez'], 'Chihuahua'),
  CMX: mx('Ciudad de México', 'Mexico City', 'CDMX', 'Distrito Federal'), COA: mx('Coahuila'), COL: mx('Colima'), DUR: mx('Durango'),
  GUA: mx('Guanajuato'), GRO: mx('Guerrero'), HID: mx('Hidalgo'), JAL: mx('Jalisco'), MEX: mx('Estado de México', 'México'),
  MIC: mx('Michoacán'), MOR: mx('Morelos'), NAY: region(MST, 'Nayarit'), NLE: mx('Nuevo León'), OAX: mx('Oaxaca'), PUE: mx('Puebla'),
  QUE: mx('Querétaro'), ROO: region('America/Cancun', 'Quintana Roo'), SLP: mx('San Luis Potosí'), SIN: region(MST, 'Sinaloa'),
  SON: region('America/Hermosillo', 'Sonora'), TAB: mx('Tabasco'), TAM: mx('Tamaulipas'), TLA: mx('Tlaxcala'), VER: mx('Veracruz'),
  YUC: mx('Yucatán'), ZAC: mx('Zacatecas'),
};
