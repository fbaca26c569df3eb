/** Korean strings of the segment-image widget (src/widgets/segment-image/): the keys of ../en/segment-image.ts. */
import type { segmentImage as en } from '../en/segment-image';

export const segmentImage: Record<keyof typeof en, string> = {
  'segmentImage.title': '우리 FCN-32s, FCN-16s, FCN-8s로 이미지 분할하기',
  'segmentImage.image': '이미지',
  'segmentImage.testScenes': '테스트 장면 (학습에서 본 적 없는 물체)',
  'segmentImage.testScene': '테스트 장면 {n}',
  'segmentImage.photos': '사진 (정답 없음)',
  'segmentImage.photo.chelsea': '고양이 첼시 (사진, CC0)',
  'segmentImage.photo.astronaut': '우주비행사 아일린 콜린스 (사진, 퍼블릭 도메인)',
  'segmentImage.photo.coffee': '커피 한 잔 (사진, CC0)',
  'segmentImage.scene': '장면 {seed}',
  'segmentImage.randomScene': '무작위 장면 {seed}',
  'segmentImage.yourImage': '내 이미지: {name}',
  'segmentImage.sceneSize': '장면 크기 (px)',
  'segmentImage.tint': '색 입히기 강도',
  'segmentImage.newScene': '새 무작위 장면',
  'segmentImage.rerun': '다시 실행',
  'segmentImage.openFile': '내 이미지 열기…',
  'segmentImage.dropZone': '여기에 이미지를 끌어 놓거나 붙여 넣기',
  'segmentImage.dropText':
    '이미지를 여기에 끌어 놓거나, 여기를 클릭한 뒤 붙여 넣으십시오(Ctrl+V / ⌘+V). 이미지는 이 탭 안에서만 처리되고 업로드되지 않습니다. 긴 변이 {maxSide} px보다 큰 이미지는 줄이고, {minSide} px보다 짧은 변이 있으면 받지 않습니다.',
  'segmentImage.downloading': '모델 가중치 내려받는 중',
  'segmentImage.megabytes': '{loaded} / {total} MB',
  'segmentImage.imagePanel': '이미지',
  'segmentImage.truthPanel': '정답 레이블',
  'segmentImage.legend': '클래스 색',
  'segmentImage.noTint': '{name} (색 없음)',
  'segmentImage.pixelAccuracy': '픽셀 정확도',
  'segmentImage.meanIoU': '평균 IoU',
  'segmentImage.time': '시간',
  'segmentImage.backend': '백엔드',
  'segmentImage.pixelAccuracyOf': '{model} 픽셀 정확도',
  'segmentImage.meanIoUOf': '{model} 평균 IoU',
  'segmentImage.timeOf': '{model} 추론 시간',
  'segmentImage.backendOf': '{model} 백엔드',
  'segmentImage.waiting': '이 그림이 화면에 보일 때까지 기다리는 중…',
  'segmentImage.loading': 'tfjs, 장면 생성기, 모델 가중치를 불러오는 중…',
  'segmentImage.running': '세 모델을 실행하는 중: {description}…',
  'segmentImage.done': '{description}. {timings} 각 시간은 예열 실행 한 번 뒤 3회 실행의 중앙값입니다.',
  'segmentImage.couldNotStart': '위젯을 시작할 수 없습니다: {reason}',
  'segmentImage.kept': '{problem} 이전 이미지를 그대로 둡니다.',
  'segmentImage.nothing.drop':
    '분할할 것이 없습니다: 끌어 놓은 것에 파일이 없습니다(컴퓨터의 이미지 파일을 끌어 오십시오).',
  'segmentImage.nothing.paste':
    '분할할 것이 없습니다: 클립보드에 이미지가 없습니다(이미지를 복사한 뒤 여기에 붙여 넣으십시오).',
  'segmentImage.problem.noPixels': '{file}: 픽셀이 없는 이미지입니다({width} × {height}).',
  'segmentImage.problem.tooSmall':
    '{file}: 이미지 크기 {width} × {height} px. 네트워크가 크기를 다섯 번 절반으로 줄이면 한 칸만 남으므로, 각 변이 {minSide} px 이상이어야 합니다.',
  'segmentImage.problem.tooThin':
    '{file}: 이미지 크기 {width} × {height} px. 긴 변을 {maxSide} px 이하로 줄이면 크기가 {scaledWidth} × {scaledHeight} px로 {minSide} px보다 얇아집니다.',
  'segmentImage.problem.empty': '{file}: 빈 파일입니다(0바이트).',
  'segmentImage.problem.notImage': '{file}: 이미지가 아닙니다(파일 형식: {type}).',
  'segmentImage.problem.unknownFormat':
    '{file}: 이 페이지가 읽을 수 있는 이미지가 아닙니다(PNG, JPEG, GIF, WebP, BMP, AVIF, SVG).',
  'segmentImage.problem.heic':
    '{file}: HEIC 이미지(iPhone 사진 형식)는 브라우저가 디코딩할 수 없습니다. JPEG나 PNG로 저장한 뒤 여십시오.',
  'segmentImage.problem.tooManyPixels':
    '{file}: 크기 {width} × {height} px ({megapixels}메가픽셀). 탭의 메모리가 모자라지 않도록 {maxMegapixels}메가픽셀을 넘는 이미지는 디코딩 전에 거부합니다.',
  'segmentImage.problem.undecodable':
    '{file}: 이미지로 디코딩할 수 없습니다. 파일이 손상되었거나 이 브라우저가 읽지 못하는 형식일 수 있습니다.',
  'segmentImage.problem.svgWithoutSize': '{file}: 너비와 높이가 없는 SVG라서 그릴 크기가 없습니다.',
  'segmentImage.problem.noCanvas': '{file}: 이 브라우저가 이미지를 읽을 2D 캔버스를 주지 않았습니다.',
  'segmentImage.problem.fetchFailed': '{file}: 가져올 수 없습니다(HTTP {status}).',
  'segmentImage.note': '참고: {note}.',
  'segmentImage.note.scaled':
    '{fromWidth} × {fromHeight}에서 {width} × {height} px로 줄였습니다(긴 변은 최대 {maxSide} px)',
  'segmentImage.note.transparent': '픽셀의 {share}가 (부분적으로) 투명하여 중간 회색 배경 위에 놓았습니다',
  'segmentImage.note.gifFirstFrame': 'GIF는 움직일 수 있어 첫 프레임만 사용합니다',
  'segmentImage.note.svgDrawn': 'SVG를 그림으로 그렸습니다(스크립트가 있어도 실행되지 않았습니다)',
};
