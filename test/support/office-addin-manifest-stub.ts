// Stands in for office-addin-manifest under jest: office-addin-mock imports it but never calls it here.
export const OfficeAddinManifest = {};
export default {};
