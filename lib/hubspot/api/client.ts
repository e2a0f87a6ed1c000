import { AssociationsApi } from './associations';
import { HubSpotHttp, type HttpConfig } from './http';
import { ListsApi } from './lists';
import { MetadataApi } from './metadata';
import { ObjectsApi } from './objects';
import { SearchApi } from './search';

/** The typed HubSpot client: one object per API family over one governed HTTP transport. */
export interface HubSpotApi {
  objects: ObjectsApi;
  search: SearchApi;
  associations: AssociationsApi;
  lists: ListsApi;
  metadata: MetadataApi;
}

export function createHubSpotApi(config: HttpConfig): HubSpotApi {
  const http = new HubSpotHttp(config);
  return {
    objects: new ObjectsApi(http),
    search: new SearchApi(http),
    associations: new AssociationsApi(http),
    lists: new ListsApi(http),
    metadata: new MetadataApi(http),
  };
}
