import { P, type Finding } from '../../domain/index.js';
import { toNumber, type ParamSnapshot } from '../params.js';
import * as C from '../codes.js';
import { finding } from '../finding.js';
import type { ProbeDef } from '../probe.js';

const RADIOS = [1, 2] as const;
type Radio = (typeof RADIOS)[number];

interface Client {
  radio: Radio;
  band: string;
  mac: string | null;
  rssiDbm: number;
}

function band(snap: ParamSnapshot, r: Radio): string {
  return snap.str(P.radioBand(r)) ?? (r === 1 ? '2.4GHz' : '5GHz');
}

function clients(snap: ParamSnapshot): Client[] {
  const out: Client[] = [];
  for (const r of RADIOS) {
    for (const row of snap.table(P.apClients(r)).values()) {
      const rssi = toNumber(row.SignalStrength);
      if (rssi === null) continue;
      if (row.Active === false || row.Active === 'false' || row.Active === 0) continue;
      out.push({
        radio: r,
        band: band(snap, r),
        mac: row.MACAddress === undefined ? null : String(row.MACAddress),
        rssiDbm: rssi,
      });
    }
  }
  return out;
}

export const wifiProbe: ProbeDef = {
  id: 'wifi',
  devicePaths: () =>
    RADIOS.flatMap((r) => [
      P.radioEnable(r),
      P.radioStatus(r),
      P.radioChannel(r),
      P.radioAutoChannel(r),
      P.radioBand(r),
      P.radioUtilization(r),
      P.radioNeighbours(r),
      P.ssidEnable(r),
      P.apClientCount(r),
      P.apClients(r),
    ]),
  async run(env) {
    const snap = await env.params();
    const src = 'acs:Device.WiFi.';
    const out: Finding[] = [];

    const disabled = RADIOS.filter((r) => snap.bool(P.radioEnable(r)) === false);
    if (disabled.length > 0) {
      out.push(
        finding(C.WIFI_RADIO_DISABLED, 'fault', `acs:${P.radioEnable(disabled[0])}`, {
          radios: disabled,
          bands: disabled.map((r) => band(snap, r)),
        }),
      );
    }

    const utilTh = {
      maxUtilisationPct: env.limit('wifiUtilisationMaxPct'),
      manyNeighbours: env.limit('wifiNeighboursMany'),
    };
    for (const r of RADIOS) {
      if (disabled.includes(r)) continue;
      const util = snap.num(P.radioUtilization(r));
      if (util === null || util <= utilTh.maxUtilisationPct) continue;
      const neighbours = snap.num(P.radioNeighbours(r)) ?? 0;
      const values = {
        radio: r,
        band: band(snap, r),
        channel: snap.num(P.radioChannel(r)),
        autoChannel: snap.bool(P.radioAutoChannel(r)),
        utilisationPct: util,
        neighbours,
      };
      out.push(
        neighbours >= utilTh.manyNeighbours
          ? finding(C.WIFI_CHANNEL_CONGESTED, 'fault', `acs:${P.radioUtilization(r)}`, values, utilTh)
          : finding(C.WIFI_CHANNEL_BUSY, 'warn', `acs:${P.radioUtilization(r)}`, values, utilTh),
      );
    }

    const all = clients(snap);
    const weakTh = { weakBelowDbm: env.limit('wifiRssiWeakDbm') };
    const weak = all.filter((c) => c.rssiDbm < weakTh.weakBelowDbm).sort((a, b) => a.rssiDbm - b.rssiDbm);
    if (weak.length > 0) {
      out.push(
        finding(
          C.WIFI_CLIENT_WEAK_SIGNAL,
          'warn',
          `acs:${P.apClients(weak[0].radio)}`,
          { rssiDbm: weak[0].rssiDbm, clients: weak },
          weakTh,
        ),
      );
    }
    const fairTh = { fairBelowDbm: env.limit('wifiRssiFairDbm') };
    const slow = all.filter((c) => c.band.startsWith('2.4') && c.rssiDbm < fairTh.fairBelowDbm);
    if (slow.length > 0) {
      out.push(
        finding(
          C.WIFI_CLIENT_ON_24GHZ,
          'warn',
          `acs:${P.apClients(slow[0].radio)}`,
          { rssiDbm: slow[0].rssiDbm, clients: slow },
          fairTh,
        ),
      );
    }

    if (out.length === 0) {
      out.push(
        finding(C.WIFI_OK, 'ok', src, {
          radios: RADIOS.map((r) => ({
            radio: r,
            enabled: snap.bool(P.radioEnable(r)),
            channel: snap.num(P.radioChannel(r)),
            utilisationPct: snap.num(P.radioUtilization(r)),
          })),
          clients: all.length,
        }),
      );
    }
    return out;
  },
};
