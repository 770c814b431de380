import type { CardChannelName, SocialSecurityCardChannel } from './channel';
import { PlatformCardChannel } from './platform-channel';

/** The channel a deployment is configured with (QIANCHENG_SOCIAL_SECURITY_CARD). */
export function createCardChannel(name: CardChannelName): SocialSecurityCardChannel {
  switch (name) {
    case 'platform':
      return new PlatformCardChannel();
  }
}
