import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { BlindIndex, FieldCipher } from './field-cipher';

@Global()
@Module({
  providers: [
    { provide: FieldCipher, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new FieldCipher(c.encryptionKeys, c.currentKeyId) },
    { provide: BlindIndex, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new BlindIndex(c.blindIndexKeys ?? c.blindIndexKey, c.blindIndexCurrentKeyId) },
  ],
  exports: [FieldCipher, BlindIndex],
})
export class CryptoModule {}
