/** The API's route table. Order matters only where templates overlap: literal segments first. */
import type { RateLimiter } from '../http/rate-limiter';
import type { Route } from '../http/router';
import type { TokenRegistry } from '../http/tokens';
import { accountRoutes } from './account';
import { associationRoutes } from './associations';
import { listMembershipRoutes } from './list-memberships';
import { listRoutes } from './lists';
import { objectReadRoutes } from './objects-read';
import { objectWriteRoutes } from './objects-write';
import { schemaRoutes } from './schemas';
import { searchRoutes } from './search';

export function apiRoutes(limiter: RateLimiter, tokens: TokenRegistry): Route[] {
  return [
    ...accountRoutes(limiter, tokens),
    ...searchRoutes,
    ...objectWriteRoutes,
    ...associationRoutes,
    ...objectReadRoutes,
    ...listMembershipRoutes,
    ...listRoutes,
    ...schemaRoutes,
  ];
}
