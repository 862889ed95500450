import { auditAppend } from './audit-append.bench';
import { authLogin } from './auth-login.bench';
import { backup } from './backup.bench';
import { cases } from './cases.bench';
import { caseWrites } from './case-writes.bench';
import { caseReference } from './case-reference.bench';
import { keyRotation } from './key-rotation.bench';
import { erasure } from './erasure.bench';
import { faults } from './faults.bench';
import { coordinationDashboard } from './coordination.bench';
import type { Benchmark } from './lib';
import { lighthouse } from './lighthouse.bench';
import { nationalDay } from './national-day.bench';
import { notifications } from './notifications.bench';
import { orientations } from './orientations.bench';
import { reporting } from './reporting.bench';

/** Every benchmark `npm run bench` knows, run in this order. Add yours here. */
export const BENCHMARKS: Benchmark[] = [authLogin, auditAppend, cases, coordinationDashboard, orientations, notifications, reporting, backup, caseWrites, caseReference, keyRotation, erasure, faults, lighthouse, nationalDay];
