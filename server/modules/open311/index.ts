// Open311 GeoReport v2 for other systems (12345 hotline). Other modules import only from here.
export { apiKeyRoutes, open311Routes } from './routes.js';
