import { Module } from '@nestjs/common';
import { CreditorsResolver } from './creditors.resolver.js';

@Module({ providers: [CreditorsResolver] })
export class CreditorsModule {}
